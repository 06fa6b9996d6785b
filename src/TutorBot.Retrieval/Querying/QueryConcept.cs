namespace TutorBot.Retrieval.Querying;

/// <summary>
/// One thing the query asks about: the words the user wrote, or a synonym group they matched. Each alternative is
/// a sequence of analyzed terms; Weight is what the concept counts towards coverage (its rarity in the bank).
/// Written is the query's own wording (normalized); IsSynonymGroup marks a term of the synonym table.
/// </summary>
public sealed record QueryConcept(IReadOnlyList<QueryAlternative> Alternatives, double Weight)
{
    public string Written { get; init; } = "";

    public bool IsSynonymGroup { get; init; }

    public string Key => string.Join('|', Alternatives.Select(a => string.Join(' ', a.Terms)));

    /// <summary>Whether an entry with these terms mentions the concept (every term of some alternative).</summary>
    public bool IsMatchedBy(IReadOnlySet<string> entryTerms) =>
        Alternatives.Any(a => a.Terms.All(entryTerms.Contains));
}
