using TutorBot.Core.Search;

namespace TutorBot.Retrieval.Evaluation;

public static class RetrievalEvaluator
{
    /// <summary>Results considered for the reciprocal rank.</summary>
    public const int Depth = 10;

    public static RetrievalEvalReport Evaluate(IQuestionSearch search, IEnumerable<RetrievalEvalCase> cases) =>
        new(cases.Select(c => Evaluate(search, c)).ToList());

    private static RetrievalEvalResult Evaluate(IQuestionSearch search, RetrievalEvalCase evalCase)
    {
        var hits = search.Search(evalCase.Query, Depth);
        var ids = hits.Select(h => h.Entry.Id).ToList();
        var index = ids.FindIndex(id => evalCase.ExpectedIds.Contains(id, StringComparer.OrdinalIgnoreCase));
        var refused = hits.Count == 0 || !search.IsRelevant(hits[0]);
        return new RetrievalEvalResult(evalCase, ids, index < 0 ? null : index + 1, refused);
    }
}
