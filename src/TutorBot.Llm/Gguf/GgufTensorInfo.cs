namespace TutorBot.Llm.Gguf;

/// <summary>One tensor descriptor: name, shape (fastest-varying dimension first), ggml type and data offset.</summary>
public sealed record GgufTensorInfo(string Name, IReadOnlyList<long> Shape, uint Type, ulong Offset)
{
    public long Elements => Shape.Aggregate(1L, (a, b) => a * b);
}
