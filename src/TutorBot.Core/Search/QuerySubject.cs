namespace TutorBot.Core.Search;

/// <summary>
/// A word or term of a query that can carry its topic, as the query wrote it (normalized).
/// IsTerm marks a technical term: one of the synonym table, or written with capitals or digits ("DeepSpeed", "FP8").
/// IsName marks what names a subject of its own: a term, a word few entries use, or one the bank does not know,
/// rather than a common word such as "memory" or "训练". IsUnknown marks a word no entry uses ("pizza", "weather").
/// </summary>
public sealed record QuerySubject(string Text, double Weight, bool IsName, bool IsTerm, bool IsUnknown = false);
