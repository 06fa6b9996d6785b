namespace TutorBot.Retrieval.Indexing;

/// <summary>One term as the analyzer produced it: its span in the normalized text and its position step (0 for a word's part).</summary>
public readonly record struct AnalyzedTerm(string Text, int Start, int End, int PositionIncrement = 1);
