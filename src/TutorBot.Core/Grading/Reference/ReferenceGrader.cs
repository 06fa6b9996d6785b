using TutorBot.Core.Bank;

namespace TutorBot.Core.Grading.Reference;

/// <summary>Grades against a reference answer alone (no key points): term overlap in both directions.</summary>
public sealed class ReferenceGrader(ITextAnalyzer analyzer)
{
    private const int MaxHints = 4;

    /// <returns>Salient reference terms the answer does not use, as hints.</returns>
    public Task<IReadOnlyList<string>> GradeAsync(string question, string reference, string answer, IReadOnlyList<string> peers, GradeDraft draft, CancellationToken cancellationToken)
    {
        var questionTerms = analyzer.Terms(question).ToHashSet(StringComparer.Ordinal);
        var referenceTerms = analyzer.Terms(reference).Where(t => !questionTerms.Contains(t)).Distinct().ToList();
        var answerTerms = analyzer.Terms(answer).ToHashSet(StringComparer.Ordinal);
        if (referenceTerms.Count == 0)
        {
            draft.Notes.Add(new LocalizedText("没有参考答案，无法评分。", "There is no reference answer to grade against."));
            draft.Confidence = 0;
            return Task.FromResult<IReadOnlyList<string>>([]);
        }

        var recall = referenceTerms.Count(answerTerms.Contains) / (double)referenceTerms.Count;
        draft.Score = Math.Clamp(10 * recall * 1.3, 0, 10);
        draft.Confidence = 0.4;
        draft.Methods.Add("reference");
        IReadOnlyList<string> hints = referenceTerms.Where(t => !answerTerms.Contains(t)).Take(MaxHints).ToList();
        return Task.FromResult(hints);
    }
}
