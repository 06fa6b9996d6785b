namespace TutorBot.Calculators.Architecture;

/// <summary>Attention widths; Heads is null when only the hidden size is known (multi-head attention, K and V hidden wide).</summary>
public sealed record AttentionShape(int? Heads, int? KvHeads, int? HeadDim, long QueryWidth, long KvWidth);
