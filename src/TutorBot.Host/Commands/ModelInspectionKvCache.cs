namespace TutorBot.Host.Commands;

/// <summary>`model inspect --json`: the KV cache for the planned context and sequences.</summary>
public sealed record ModelInspectionKvCache(long BytesPerToken, int Context, int Sequences, long Bytes);
