namespace TutorBot.Retrieval.Querying;

/// <summary>One wording of a concept; IsWritten marks the wording found in the query (synonyms count a little less).</summary>
public sealed record QueryAlternative(IReadOnlyList<string> Terms, bool IsWritten);
