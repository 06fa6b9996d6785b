namespace TutorBot.Retrieval.Evaluation;

/// <summary>How one case went: the 1-based rank of the first correct id (null if not in the results) and whether it was refused.</summary>
public sealed record RetrievalEvalResult(RetrievalEvalCase Case, IReadOnlyList<string> ResultIds, int? Rank, bool Refused)
{
    public bool IsMiss => Case.IsAnswerable ? Rank != 1 || Refused : !Refused;
}
