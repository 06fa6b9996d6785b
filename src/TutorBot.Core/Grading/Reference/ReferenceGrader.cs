using TutorBot.Core.Bank;
using TutorBot.Core.Grading.Rubric;
using TutorBot.Core.Phrasing;

namespace TutorBot.Core.Grading.Reference;

/// <summary>
/// Grades against a reference answer alone (no key points): the calibrated similarity gives the score, and each
/// unit (sentence) of the reference becomes a point the answer covered or missed, so the feedback can hint at it.
/// </summary>
public sealed class ReferenceGrader(ITextAnalyzer analyzer, ReferenceFeatureExtractor extractor)
{
    private const double UnitCoveredRecall = 0.5;
    private const int HintWords = 3;

    public async Task GradeAsync(
        string question,
        string reference,
        string answer,
        IReadOnlyList<string> peers,
        GradeDraft draft,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            draft.Notes.Add(BothLanguages.Say(Phrases.NoReferenceToGradeAgainst));
            draft.Confidence = 0;
            return;
        }

        var features = await extractor.ExtractAsync(question, reference, answer, peers, cancellationToken);
        draft.Score = ReferenceCalibration.Score(features) * 10 / ReferenceCalibration.MaxScore;
        draft.Confidence = features.ReferenceCosine is null ? 0.35 : 0.5;
        draft.Methods.Add(ReferenceCalibration.Describe(features));
        AddUnits(reference, AnalyzedText.Create(answer, analyzer), draft);
    }

    private void AddUnits(string reference, AnalyzedText answer, GradeDraft draft)
    {
        var units = AnalyzedText.SplitSentences(reference);
        for (var i = 0; i < units.Count; i++)
        {
            var terms = analyzer.Terms(units[i]).Distinct().ToList();
            if (terms.Count == 0)
            {
                continue;
            }

            var found = terms.Where(answer.Terms.Contains).ToList();
            var recall = found.Count / (double)terms.Count;
            var missingWords = Words(units[i]).Where(w => analyzer.Terms(w).Any(t => !answer.Terms.Contains(t))).Take(HintWords).ToList();
            var point = new KeyPoint($"reference-{i + 1}", 1, new LocalizedText(units[i], units[i]), missingWords);
            var clause = answer.BestClauseFor(found);
            draft.Points.Add(new PointCoverage(point, recall >= UnitCoveredRecall ? 1 : recall, clause >= 0 ? answer.Clauses[clause] : "", false));
        }
    }

    // The longest words first: they carry the content.
    private static IEnumerable<string> Words(string text) =>
        text.Split([' ', ',', '.', ';', ':', '(', ')', '，', '。', '；', '、'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 4 || w.Any(LanguageDetector.IsCjk))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(w => w.Length);
}
