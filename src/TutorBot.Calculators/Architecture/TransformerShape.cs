namespace TutorBot.Calculators.Architecture;

/// <summary>The hyperparameters the formulas need. KvHeads below Heads means GQA (MQA at 1).</summary>
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
    int LearnedPositions = 0)
{
    public long QueryWidth => (long)Heads * HeadDim;

    public long KvWidth => (long)KvHeads * HeadDim;
}
