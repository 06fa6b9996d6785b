using TutorBot.Core.Calculations;

namespace TutorBot.Calculators.Tests.Routing;

public sealed class QuestionRouterTests
{
    public static TheoryData<string, string, string> Questions => new()
    {
        // question, calculator, expected arguments (a subset of what the router reads)
        { "7B模型FP16推理，batch 4，序列长度2048，需要多少显存？", "inference-memory", "params=7b; dtype=fp16; batch=4; context=2048" },
        { "What decode speed can a 13B fp16 model reach on an A100 at batch 16?", "decode-roofline", "params=13b; dtype=fp16; gpu=a100; batch=16" },
        { "H200 带宽 4.8 TB/s，70B 模型 int8 解码每秒最多多少 token？", "decode-roofline", "bandwidth=4.8 TB/s; params=70b; dtype=int8" },
        { "Our 13B run does 9,000 tokens/s on 16 H100s. What MFU is that?", "mfu", "params=13b; tokens-per-second=9,000; gpus=16; gpu=h100" },
        { "训练 70B 模型，256 张 A100 每秒处理 50000 个 token，MFU 是多少？", "mfu", "params=70b; tokens-per-second=50000; gpus=256; gpu=a100" },
        { "Ring all-reduce of 2 GB across 16 GPUs at 25 GB/s: how long?", "allreduce", "size=2 GB; gpus=16; bandwidth=25 GB/s" },
        { "16 个流水线阶段、64 个微批次，交错 2 个虚拟阶段时气泡是多少？", "pipeline-bubble", "stages=16; micro-batches=64; interleave=2" },
        { "Pipeline bubble with p=4 and m=16?", "pipeline-bubble", "stages=4; micro-batches=16" },
        { "Compute-optimal model for 1e24 FLOPs?", "chinchilla", "compute=1e24" },
        { "按 Chinchilla 规则，13B 模型需要多少训练 token？", "chinchilla", "params=13b" },
        { "A MoE with 64 experts and top-2 routing: fp16 weights memory for 32 layers?", "moe-memory", "experts=64; top-k=2; layers=32; dtype=fp16" },
        { "投机解码接受率 70%，草稿 token 数 3，每步期望多少 token？", "speculative-decoding", "acceptance=70%; draft-tokens=3" },
        { "KV cache of Mistral 7B at 16k context with a 4096 sliding window?", "kv-cache", "model=mistral-7b; context=16k; window=4096" },
        { "How long to train a 175B model on 300B tokens with 1000 A100s at 30% MFU?", "training-time", "params=175b; tokens=300b; gpus=1000; gpu=a100; mfu=30%" },
        { "使用1000张A100训练175B模型，数据量300B tokens，MFU 30%，估算训练时间？", "training-time", "params=175b; tokens=300b; gpus=1000; gpu=a100; mfu=30%" },
        { "What is the KV cache of Llama-2-7B in fp16 for 4096 tokens?", "kv-cache", "model=llama-2-7b; dtype=fp16; context=4096" },
        { "Llama-2-70B（8 个 KV 头）每个 token 的 KV cache 有多大？", "kv-cache", "model=llama-2-70b" },
        { "KV cache for batch 4, 2048 tokens, 32 layers, hidden 4096, fp16?", "kv-cache", "batch=4; context=2048; layers=32; hidden=4096; dtype=fp16" },
        { "32层、隐藏维度4096、32个头、8个KV头的模型，fp16，batch_size=2，序列长度4k，KV缓存多大？", "kv-cache", "layers=32; hidden=4096; heads=32; kv-heads=8; batch=2; context=4k; dtype=fp16" },
        { "LoRA on GPT-3 (96 layers, d 12288) with r=4 on Wq and Wv: how many trainable parameters?", "lora-params", "model=gpt-3-175b; layers=96; hidden=12288; rank=4; targets=q,v" },
        { "对 Llama-2-7B 的 q、v 做 LoRA，秩为8，可训练参数有多少？", "lora-params", "model=llama-2-7b; rank=8; targets=q,v" },
        { "With ZeRO-3 on 64 GPUs, how much memory per GPU to train a 7.5B model with mixed-precision AdamW?", "training-memory", "zero=3; gpus=64; params=7.5b; optimizer=adamw-mixed" },
        { "7.5B 模型用 ZeRO-2 在 64 张卡上训练，每张卡的显存是多少？", "training-memory", "params=7.5b; zero=2; gpus=64" },
        { "How big is Llama-2-13B quantized to q4_k_m?", "quantized-size", "model=llama-2-13b; format=q4_k_m" },
        { "Llama-2-7B 的参数量是多少？", "param-count", "model=llama-2-7b" },
        { "Llama-3-8B int4 推理，上下文 8k，需要多少显存？", "inference-memory", "model=llama-3-8b; dtype=int4; context=8k" },
        { "QLoRA 把 7B 模型权重量化到 4-bit，权重多大？", "quantized-size", "params=7b; format=int4" },
        { "How much memory do FP32 weights of a 1.3B model take?", "quantized-size", "params=1.3b; format=fp32" },
        { "With MQA, 48 layers, hidden 6144, 48 heads, fp16, 8192 tokens, batch 1: KV cache?", "kv-cache", "kv-heads=1; heads=48; layers=48; hidden=6144; context=8192" },
        { "微调 7B 模型，AdamW 混合精度，ZeRO-2，8 张卡，seq 2048，micro batch 1，32 层，hidden 4096，32 个头，每卡显存多少？", "training-memory", "zero=2; gpus=8; seq=2048; micro-batch=1; layers=32; hidden=4096; heads=32" },
        { "Train a 175B model on 300B tokens with 1,024 H100s at MFU 0.35: how many days?", "training-time", "gpus=1,024; gpu=h100; mfu=0.35" },
        { "Llama-3-8B 在 8K 上下文、batch 32 时 KV cache 多大？", "kv-cache", "model=llama-3-8b; context=8k; batch=32" },
    };

    [Theory]
    [MemberData(nameof(Questions))]
    public void QuestionIsRoutedToItsCalculatorWithItsNumbers(string question, string calculator, string expected)
    {
        var route = CalculatorRuns.Service.Route(question);

        Assert.NotNull(route);
        Assert.Equal(calculator, route.Calculator);
        foreach (var (name, value) in CalculatorRuns.Parse(expected))
        {
            Assert.True(route.Arguments.TryGetValue(name, out var actual), $"{name} not read from: {question} (read {string.Join(", ", route.Arguments)})");
            Assert.Equal(value.Replace(" ", ""), actual.Replace(" ", ""), ignoreCase: true);
        }
    }

    [Fact]
    public void RoutedQuestionRunsToTheSeedExampleCorrected()
    {
        var route = CalculatorRuns.Service.Route("How long to train a 175B model on 300B tokens with 1000 A100s at 30% MFU?")!;

        var result = CalculatorRuns.Service.Run(route.Calculator, route.Arguments);

        Assert.Equal(38.95, result.Result["days"], 2);
    }

    [Fact]
    public void MissingEssentialsAreNamed()
    {
        var outcome = new CalculationResolver(CalculatorRuns.Service).Resolve("How long does it take to train a 7B model on 1T tokens?");

        Assert.Equal(CalculationOutcomeKind.Incomplete, outcome.Kind);
        Assert.Equal("training-time", outcome.Route?.Calculator);
        Assert.Contains("gpus", outcome.Missing.Select(m => m.Name));
        Assert.Contains("gpu", outcome.Missing.Select(m => m.Name));
    }

    [Theory]
    [InlineData("Why is attention divided by the square root of d_k?")]
    [InlineData("什么是 RoPE 位置编码？")]
    [InlineData("Why does MQA shrink the KV cache?")]
    [InlineData("KV cache 为什么能加速推理？")]
    [InlineData("What is LoRA and why does it save memory?")]
    public void QuestionWithoutQuantitiesIsNotRouted(string question)
    {
        Assert.Null(CalculatorRuns.Service.Route(question));
    }
}
