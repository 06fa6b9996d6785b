namespace TutorBot.Retrieval.Evaluation;

/// <summary>Recall@1, recall@3 and MRR over the answerable cases; refusal rates over both kinds.</summary>
public sealed record RetrievalEvalReport(IReadOnlyList<RetrievalEvalResult> Results)
{
    public int Answerable => Results.Count(r => r.Case.IsAnswerable);

    public int Unanswerable => Results.Count - Answerable;

    public double RecallAt1 => Rate(r => r.Case.IsAnswerable && r.Rank == 1, Answerable);

    public double RecallAt3 => Rate(r => r.Case.IsAnswerable && r.Rank <= 3, Answerable);

    public double Mrr => Answerable == 0 ? 0 : Results.Where(r => r.Case.IsAnswerable && r.Rank is not null).Sum(r => 1.0 / r.Rank!.Value) / Answerable;

    /// <summary>The share of unanswerable queries the relevance threshold refused.</summary>
    public double RefusalRate => Rate(r => !r.Case.IsAnswerable && r.Refused, Unanswerable);

    /// <summary>The share of answerable queries wrongly refused.</summary>
    public double FalseRefusalRate => Rate(r => r.Case.IsAnswerable && r.Refused, Answerable);

    public IEnumerable<RetrievalEvalResult> Misses => Results.Where(r => r.IsMiss);

    private double Rate(Func<RetrievalEvalResult, bool> predicate, int of) => of == 0 ? 0 : (double)Results.Count(predicate) / of;
}
