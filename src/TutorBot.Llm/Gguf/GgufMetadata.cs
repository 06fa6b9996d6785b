namespace TutorBot.Llm.Gguf;

/// <summary>What a GGUF file says about its model: the figures the memory check and `model inspect` need.</summary>
public sealed record GgufMetadata
{
    public required string Path { get; init; }

    public required long FileSize { get; init; }

    public required uint Version { get; init; }

    public required string Architecture { get; init; }

    public string? Name { get; init; }

    public required long ParameterCount { get; init; }

    public required int Layers { get; init; }

    public required int Heads { get; init; }

    public required int KvHeads { get; init; }

    public required int EmbeddingLength { get; init; }

    /// <summary>Per-head size of keys and values: {arch}.attention.key_length, else embedding / heads.</summary>
    public required int HeadSize { get; init; }

    public required int TrainingContext { get; init; }

    public uint? FileType { get; init; }

    public string? ChatTemplate { get; init; }

    public required IReadOnlyList<GgufTensorInfo> Tensors { get; init; }

    /// <summary>Bytes of tensor data: what the weights occupy once loaded.</summary>
    public required long TensorDataBytes { get; init; }
}
