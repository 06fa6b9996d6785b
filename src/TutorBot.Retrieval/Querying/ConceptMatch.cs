namespace TutorBot.Retrieval.Querying;

/// <summary>Whether one concept of a query was found in an entry, and what it weighs: what `search --explain` prints.</summary>
public sealed record ConceptMatch(string Concept, double Weight, bool Matched);
