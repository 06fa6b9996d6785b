namespace TutorBot.Retrieval.Indexing;

/// <summary>One term as the analyzer produced it, with its span in the normalized text.</summary>
public readonly record struct AnalyzedTerm(string Text, int Start, int End);
