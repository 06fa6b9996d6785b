using TutorBot.Core.Bank;

namespace TutorBot.Core.Grading.Adversarial;

/// <summary>
/// Grades what a candidate who knows the words but not the subject would write: every question typed back (both
/// languages), swaps generated from the binding annotations, and hand-written confused answers with their correct
/// paraphrases; and checks that every reference answer still scores well.
/// </summary>
public static class AdversarialEvaluation
{
    public static async Task<AdversarialReport> RunAsync(IAnswerGrader grader, QuestionBank bank, IReadOnlyList<AdversarialCase> cases, CancellationToken cancellationToken = default)
    {
        var echoes = new List<AdversarialScore>();
        var references = new List<AdversarialScore>();
        var swaps = new List<AdversarialScore>();
        foreach (var entry in bank.Entries)
        {
            foreach (var language in new[] { Language.Zh, Language.En })
            {
                echoes.Add(new AdversarialScore(entry.Id, language, "echo", (await GradeAsync(grader, entry, entry.Question.For(language), language, cancellationToken)).Score));
                references.Add(new AdversarialScore(entry.Id, language, "reference", (await GradeAsync(grader, entry, entry.Answer.For(language), language, cancellationToken)).Score));
            }

            foreach (var (pointId, language, answer) in SwapGenerator.Generate(entry))
            {
                var result = await GradeAsync(grader, entry, answer, language, cancellationToken);
                var credited = result.Covered.Any(c => c.KeyPointId == pointId);
                swaps.Add(new AdversarialScore(entry.Id, language, "swap", result.Score, credited ? "credited" : pointId));
            }
        }

        var pairs = new List<AdversarialPair>();
        foreach (var item in cases)
        {
            var entry = bank.Find(item.EntryId) ?? throw new ArgumentException($"line {item.Line}: unknown entry id '{item.EntryId}'", nameof(cases));
            var confused = await GradeAsync(grader, entry, item.Confused, item.Language, cancellationToken);
            var paraphrase = await GradeAsync(grader, entry, item.Paraphrase, item.Language, cancellationToken);
            pairs.Add(new AdversarialPair(item, confused.Score, paraphrase.Score));
        }

        return new AdversarialReport(echoes, swaps, pairs, references, AnnotationCoverage.Of(bank));
    }

    private static Task<GradeResult> GradeAsync(IAnswerGrader grader, BankEntry entry, string answer, Language language, CancellationToken cancellationToken) =>
        grader.GradeAsync(new GradeRequest(entry, entry.Question.For(language), null, answer, language), cancellationToken);
}
