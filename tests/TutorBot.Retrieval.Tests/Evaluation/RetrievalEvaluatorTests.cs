using TutorBot.Core.Search;
using TutorBot.Retrieval.Evaluation;
using TutorBot.Retrieval.Tests.Fakes;

namespace TutorBot.Retrieval.Tests.Evaluation;

public sealed class RetrievalEvaluatorTests
{
    [Fact]
    public void RecallMrrAndRefusalsAreCountedFromTheRanksAndTheRelevanceTest()
    {
        var search = new CannedSearch(new Dictionary<string, (string[] Ids, bool Relevant)>
        {
            ["first"] = (["a", "b", "c"], true),
            ["second"] = (["x", "a", "b"], true),
            ["fourth"] = (["x", "y", "z", "a"], true),
            ["missing"] = (["x"], true),
            ["refused"] = (["x"], false),
            ["answered"] = (["x"], true),
        });
        RetrievalEvalCase[] cases =
        [
            new("first", ["a"], 1), new("second", ["a"], 2), new("fourth", ["a"], 3), new("missing", ["a"], 4),
            new("refused", [], 5), new("answered", [], 6),
        ];

        var report = RetrievalEvaluator.Evaluate(search, cases);

        Assert.Equal(4, report.Answerable);
        Assert.Equal(2, report.Unanswerable);
        Assert.Equal(0.25, report.RecallAt1);
        Assert.Equal(0.5, report.RecallAt3);
        Assert.Equal((1 + 0.5 + 0.25) / 4, report.Mrr, 9);
        Assert.Equal(0.5, report.RefusalRate);
        Assert.Equal(0, report.FalseRefusalRate);
        Assert.Equal(["second", "fourth", "missing", "answered"], report.Misses.Select(m => m.Case.Query));
    }

    private sealed class CannedSearch(Dictionary<string, (string[] Ids, bool Relevant)> results) : IQuestionSearch
    {
        private static readonly Core.Bank.BankEntry Template = TestBank.Bank.Entries[0];

        public IReadOnlyList<SearchHit> Search(string query, int top = 5)
        {
            var (ids, relevant) = results[query];
            return ids.Take(top).Select((id, i) => new SearchHit(Template with { Id = id }, 10 - i) { Coverage = relevant ? 1 : 0 }).ToList();
        }

        public bool IsRelevant(SearchHit hit) => hit.Coverage > 0.5;

        public IReadOnlyList<SearchHit> SearchAmong(string query, IReadOnlyCollection<string> entryIds) => [];

        public IReadOnlyList<QuerySubject> Subjects(string query) => [];
    }
}
