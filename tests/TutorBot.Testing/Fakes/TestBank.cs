using TutorBot.Core.Bank;

namespace TutorBot.Testing.Fakes;

/// <summary>
/// A small bank: two topics, key points with aliases and scaffolds, follow-ups probing key points, stretch
/// questions on attention-scaling only (a strong answer to any other entry moves on).
/// </summary>
public static class TestBank
{
    public static QuestionBank Create() => new(
    [
        Entry("attention-scaling", "transformer", 2, "Why divide attention scores by sqrt(dk)?", "为什么注意力分数要除以 √dk？",
            [Point("variance", 2, "The dot product variance grows with dk", "点积方差随 dk 增大", "variance", "方差"),
             Point("saturation", 2, "Softmax saturates and gradients vanish", "softmax 饱和、梯度消失", "saturat", "饱和"),
             Point("unit-variance", 1, "Scaling restores unit variance", "缩放使方差回到 1", "unit variance", "方差回到")],
            [new Followup(new LocalizedText("为什么不除以 dk？", "Why not divide by dk?"), "unit-variance"),
             new Followup(new LocalizedText("不缩放会怎样？", "What happens without scaling?"), "saturation")],
            ["attention", "inference"])
            with
            {
                Stretch =
                [
                    new Followup(new LocalizedText("如果 dk 很小（比如 4），还需要缩放吗？", "What if dk were tiny, say 4: would scaling still matter?"), "saturation"),
                    new Followup(new LocalizedText("除了除以 √dk，还有什么办法控制注意力 logits 的大小？", "Besides dividing by sqrt(dk), how else could attention logits be kept in range?"), null),
                ],
            },
        Entry("kv-cache", "inference", 1, "What does the KV cache store?", "KV cache 存的是什么？",
            [Point("keys-values", 2, "Keys and values of past tokens", "历史 token 的 K 和 V", "keys and values", "键和值"),
             Point("no-recompute", 1, "Avoids recomputing them at each step", "避免每步重复计算", "recomput", "重复计算")],
            [new Followup(new LocalizedText("为什么能省计算？", "Why does it save compute?"), "no-recompute")]),
        Entry("flash-attention", "inference", 3, "How does FlashAttention save memory?", "FlashAttention 如何节省显存？",
            [Point("tiling", 1, "It tiles the computation in SRAM", "在 SRAM 中分块计算", "tiling", "分块"),
             Point("no-matrix", 1, "It never materialises the full attention matrix", "不存完整注意力矩阵", "never materialis", "不存")],
            [],
            ["attention"]),
        Entry("layer-norm", "transformer", 1, "What does LayerNorm normalise over?", "LayerNorm 在哪个维度归一化？",
            [Point("features", 1, "Over the features of each token", "每个 token 的特征维度", "features", "特征")],
            []),
    ]);

    private static BankEntry Entry(string id, string topic, int difficulty, string en, string zh, KeyPoint[] points, Followup[] followups, string[]? tags = null) =>
        new(id, topic, difficulty, EntryKind.Concept, new LocalizedText(zh, en),
            new LocalizedText($"{id} 的参考答案", $"Reference answer of {id}"), points, followups, tags ?? [], null);

    private static KeyPoint Point(string id, double weight, string en, string zh, params string[] aliases) =>
        new(id, weight, new LocalizedText(zh, en), aliases)
        {
            Scaffold = new LocalizedText($"一步一步来：关于“{aliases[^1]}”你知道些什么？", $"Step by step: what can you say about \"{aliases[0]}\"?"),
        };
}
