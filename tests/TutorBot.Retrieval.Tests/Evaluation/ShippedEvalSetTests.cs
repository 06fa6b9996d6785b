using TutorBot.BankFiles;
using TutorBot.Core.Bank;
using TutorBot.Retrieval.Evaluation;
using TutorBot.Testing;

namespace TutorBot.Retrieval.Tests.Evaluation;

/// <summary>The shipped evaluation set against the shipped bank: the numbers `tutorbot eval retrieval` prints must meet the targets.</summary>
public sealed class ShippedEvalSetTests
{
    private static readonly string SetPath = Path.Combine(RepoPaths.Root, "tests", "TutorBot.Retrieval.Tests", "Data", "retrieval-eval.tsv");

    private readonly IReadOnlyList<RetrievalEvalCase> _cases = RetrievalEvalSet.Load(SetPath);
    private readonly QuestionBank _bank = BankLoader.LoadOrThrow(RepoPaths.QuestionBank);

    [Fact]
    public void HasAtLeastEightyQueriesOfWhichTenHaveNoAnswer()
    {
        Assert.True(_cases.Count >= 80, $"{_cases.Count} queries");
        Assert.True(_cases.Count(c => !c.IsAnswerable) >= 10);
    }

    [Fact]
    public void EveryExpectedIdIsAnEntryOfTheBank()
    {
        Assert.DoesNotContain(_cases.SelectMany(c => c.ExpectedIds), id => _bank.Find(id) is null);
    }

    [Fact]
    public void RecallRankAndRefusalsMeetTheTargets()
    {
        using var search = new LuceneQuestionSearch(_bank, BankSideFiles.LoadSynonyms(RepoPaths.QuestionBank), new RetrievalOptions());

        var report = RetrievalEvaluator.Evaluate(search, _cases);

        var misses = string.Join("\n", report.Misses.Select(m => $"{m.Case.Line}: {m.Case.Query} -> {string.Join(",", m.ResultIds.Take(3))}"));
        Assert.True(report.RecallAt1 >= 0.90, $"recall@1 {report.RecallAt1:0.000}\n{misses}");
        Assert.True(report.RecallAt3 >= 0.97, $"recall@3 {report.RecallAt3:0.000}\n{misses}");
        Assert.True(report.RefusalRate >= 0.8, $"refusals {report.RefusalRate:0.000}\n{misses}");
    }
}
