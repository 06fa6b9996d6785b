namespace TutorBot.Testing.Gguf;

/// <summary>
/// Shape of a generated llama-architecture model. The defaults make a ~0.1M-parameter model that loads in
/// milliseconds; <see cref="Bench"/> is the ~25M-parameter shape used for throughput measurements.
/// </summary>
public sealed record TinyLlamaSpec
{
    public int Embedding { get; init; } = 64;

    public int Layers { get; init; } = 2;

    public int Heads { get; init; } = 4;

    public int KvHeads { get; init; } = 2;

    public int FeedForward { get; init; } = 128;

    public int TrainingContext { get; init; } = 2048;

    public int Seed { get; init; } = 1234;

    /// <summary>Jinja chat template stored as tokenizer.chat_template; null leaves the key out.</summary>
    public string? ChatTemplate { get; init; } = ChatMlTemplate;

    /// <summary>Tensors to leave out, to produce a model that fails to load.</summary>
    public IReadOnlySet<string> OmitTensors { get; init; } = new HashSet<string>();

    public const string ChatMlTemplate =
        "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n'}}{% endfor %}" +
        "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

    /// <summary>About 25M parameters: 512 wide, 7 layers, 1536 feed-forward (rows divide by 256, so k-quants apply).</summary>
    public static TinyLlamaSpec Bench { get; } = new()
    {
        Embedding = 512,
        Layers = 7,
        Heads = 8,
        KvHeads = 8,
        FeedForward = 1536,
    };

    public int HeadSize => Embedding / Heads;
}
