namespace TutorBot.Calculators.Architecture;

/// <summary>
/// The hyperparameters the formulas need. KvHeads below Heads means GQA (MQA at 1). Experts above 1 is a MoE whose MLP is
/// replaced by Experts copies with a router, ExpertsPerToken of them run per token. SlidingWindow above 0 caps the tokens
/// each layer attends to (and so the KV cache).
/// </summary>
public sealed record TransformerShape(
    ModelFamily Family,
    int Layers,
    int Hidden,
    int Heads,
    int KvHeads,
    int HeadDim,
    int Intermediate,
    int Vocab,
    bool AttentionBias = false,
    bool TiedEmbeddings = false,
    int LearnedPositions = 0,
    int Experts = 1,
    int ExpertsPerToken = 1,
    int SlidingWindow = 0)
{
    public long QueryWidth => (long)Heads * HeadDim;

    public long KvWidth => (long)KvHeads * HeadDim;
}
