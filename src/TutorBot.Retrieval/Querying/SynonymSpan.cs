namespace TutorBot.Retrieval.Querying;

/// <summary>A synonym-table term found in the query at [Start, End), with every wording of its group.</summary>
public sealed record SynonymSpan(int Start, int End, IReadOnlyList<QueryAlternative> Alternatives);
