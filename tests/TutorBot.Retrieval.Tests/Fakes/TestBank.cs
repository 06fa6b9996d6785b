using TutorBot.Core.Bank;

namespace TutorBot.Retrieval.Tests.Fakes;

/// <summary>A small bilingual bank written for these tests, independent of the shipped content.</summary>
public static class TestBank
{
    public static QuestionBank Bank { get; } = new(
    [
        Entry(
            "attention-scaling-sqrt-dk", "transformer",
            new("Attention 计算中为什么要除以 √d_k？", "Why is the attention score divided by √d_k?"),
            new("Q 和 K 的点积方差随 d_k 增大，softmax 饱和、梯度消失；除以 √d_k 使方差回到 1。",
                "The variance of the dot product of Q and K grows with d_k, softmax saturates and gradients vanish; dividing by √d_k brings the variance back to 1."),
            [Point("variance-grows", "点积的方差随 d_k 增大", "The variance of the dot product grows with d_k", "方差", "variance"),
             Point("scale-to-unit-variance", "除以 √d_k 使方差回到 1", "Dividing by √d_k brings the variance back to 1", "unit variance")],
            [new Followup(new("那为什么不除以 d_k，而是除以 √d_k？", "Then why divide by √d_k and not by d_k?"), "scale-to-unit-variance")],
            ["attention", "softmax"]),
        Entry(
            "zero-stages", "training",
            new("ZeRO-1、ZeRO-2、ZeRO-3 三个阶段的区别？", "What is the difference between ZeRO-1, ZeRO-2 and ZeRO-3?"),
            new("ZeRO-1 切分优化器状态；ZeRO-2 再切分梯度；ZeRO-3 再切分参数。",
                "ZeRO-1 shards the optimizer states; ZeRO-2 also shards the gradients; ZeRO-3 also shards the parameters."),
            [Point("stage1", "ZeRO-1 切分优化器状态", "ZeRO-1 shards optimizer states", "optimizer states"),
             Point("stage2", "ZeRO-2 切分梯度", "ZeRO-2 shards gradients", "gradients")],
            [new Followup(new("ZeRO-3 的通信开销如何？", "What is the communication cost of ZeRO-3?"), null)],
            ["deepspeed", "sharding", "distributed"]),
        Entry(
            "lora-principle", "training",
            new("解释 LoRA 微调的原理和优势", "Explain how LoRA fine-tuning works and why it helps"),
            new("LoRA 冻结预训练权重，把权重更新表示为低秩矩阵乘积 ΔW = BA，只训练 A 和 B。",
                "LoRA freezes the pretrained weights and learns the update as a low-rank product ΔW = BA, training only A and B."),
            [Point("low-rank", "权重更新是低秩分解 ΔW = BA", "The weight update is a low-rank product ΔW = BA", "低秩", "low rank"),
             Point("frozen", "预训练权重冻结", "The pretrained weights stay frozen", "冻结", "frozen")],
            [new Followup(new("rank r 怎么选？", "How do you choose the rank r?"), "low-rank")],
            ["lora", "peft", "fine-tuning"]),
        Entry(
            "kv-cache-memory", "inference",
            new("如何估算 KV cache 的显存占用？", "How do you estimate the memory of the KV cache?"),
            new("KV cache 显存 = 2 × 层数 × batch × 序列长度 × 隐藏维度 × 每元素字节数。",
                "KV cache bytes = 2 × layers × batch × sequence length × hidden size × bytes per element."),
            [Point("two-tensors", "K 和 V 两份，所以乘 2", "Both K and V are cached, hence the factor 2", "factor of 2"),
             Point("bytes", "乘以精度的字节数", "Multiply by the bytes of the precision", "fp16 is 2 bytes")],
            [new Followup(new("70B 模型的 KV cache 怎么算？", "How is it computed for a 70B model?"), "two-tensors")],
            ["kv-cache", "memory", "inference"],
            new CalcSpec("kv-cache", new Dictionary<string, string> { ["layers"] = "32", ["hidden"] = "4096", ["batch"] = "4", ["seq-len"] = "2048", ["dtype"] = "fp16" })),
        Entry(
            "quantization-methods", "inference",
            new("模型量化的原理和常见方法？", "How does model quantization work, and what are the common methods?"),
            new("量化把浮点权重映射为低精度整数（INT8、INT4），常见方法有 GPTQ、AWQ 和量化感知训练。",
                "Quantization maps floating-point weights to low-precision integers (INT8, INT4); common methods are GPTQ, AWQ and quantization-aware training."),
            [Point("low-precision", "权重映射为低精度整数", "Weights are mapped to low-precision integers", "int8", "int4"),
             Point("methods", "GPTQ、AWQ、QAT", "GPTQ, AWQ, QAT", "gptq", "awq")],
            [],
            ["quantization", "int8"]),
        Entry(
            "flash-attention", "inference",
            new("FlashAttention 如何优化内存使用？", "How does FlashAttention reduce memory use?"),
            new("FlashAttention 分块计算注意力，在 SRAM 中完成 softmax，减少 HBM 读写，显存从 O(N²) 降到 O(N)。",
                "FlashAttention computes attention in tiles inside SRAM, cutting HBM reads and writes; memory drops from O(N²) to O(N)."),
            [Point("tiling", "分块计算，在 SRAM 中完成", "Tiling so the work stays in SRAM", "tiling", "分块"),
             Point("io-aware", "减少 HBM 访问", "Fewer HBM accesses", "io-aware", "hbm")],
            [],
            ["attention", "memory"]),
    ]);

    public static SynonymTable Synonyms { get; } = new(
    [
        ["显存", "VRAM", "GPU memory", "memory"],
        ["微调", "fine-tuning", "finetuning", "fine tune"],
        ["量化", "quantization", "quantize"],
        ["注意力", "attention"],
        ["根号", "sqrt", "square root"],
        ["KV cache", "KV缓存", "kv_cache"],
    ]);

    private static BankEntry Entry(
        string id, string topic, LocalizedText question, LocalizedText answer, IReadOnlyList<KeyPoint> keyPoints,
        IReadOnlyList<Followup> followups, IReadOnlyList<string> tags, CalcSpec? calc = null) =>
        new(id, topic, 2, calc is null ? EntryKind.Concept : EntryKind.Calculation, question, answer, keyPoints, followups, tags, calc);

    private static KeyPoint Point(string id, string zh, string en, params string[] aliases) => new(id, 1, new(zh, en), aliases);
}
