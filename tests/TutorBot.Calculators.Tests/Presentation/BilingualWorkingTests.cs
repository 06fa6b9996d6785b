using TutorBot.BankFiles;
using TutorBot.Core.Bank;
using TutorBot.Core.Calculations;
using TutorBot.Testing;

namespace TutorBot.Calculators.Tests.Presentation;

/// <summary>
/// Every calculator's working as users read it: a Chinese reply holds no English words of the presenter (headline,
/// inputs, assumptions, step labels, formulas, notes, units), an English reply no Chinese characters.
/// </summary>
public sealed class BilingualWorkingTests
{
    private static readonly CalculationResolver Resolver = new(CalculatorRuns.Service);

    /// <summary>Questions in both languages that reach every calculator and the branches of its working.</summary>
    public static TheoryData<string> Questions => new()
    {
        "7B模型FP16推理，batch 4，序列长度2048，需要多少显存？",
        "用 int4 部署 13B 模型，上下文 8k、batch 2，总显存要多少？",
        "How much GPU memory to serve Llama 2 70B in fp16 with 4096 tokens of context and batch 8?",
        "Llama-2-7B 在 32k 上下文下的 KV cache 有多大？",
        "What is the KV cache of Mistral 7B at 32k context, batch 1?",
        "KV cache per token for llama 2 70b?",
        "用 AdamW 混合精度训练 13B 模型，64 张卡 ZeRO-3，每卡显存多少？",
        "Training memory per GPU for a 7B model with ZeRO-2 on 8 GPUs?",
        "在 2048 张 H100 上用 2T token 训练 70B 模型，MFU 45%，要多少天？",
        "How long to train a 175B model on 300B tokens with 1000 A100s at 30% MFU?",
        "Llama-2-7B 做 LoRA，rank 16，作用在 q、k、v、o 上，可训练参数有多少？",
        "LoRA rank 8 on all linear layers of llama-2-13b: how many trainable parameters?",
        "Llama-3-8B 一共有多少参数？",
        "How many parameters does OPT-13B have?",
        "70B 模型量化成 q4_k_m 之后权重多大？",
        "Size of a 7B model in q8_0?",
        "Llama-2-7B 在 H100 上 batch 1 解码，每秒最多多少 token？",
        "Decode speed bound for a 13B fp16 model on an A100 at batch 16?",
        "8 张 A100 训练 7B 模型，每秒处理 24000 个 token，MFU 是多少？",
        "MFU of a 70B model training at 1200k tokens/s on 1024 H100s?",
        "8 张 H100 对 7B 模型的 bf16 梯度做 all-reduce 要多久？",
        "Ring all-reduce of 14 GB across 16 GPUs at 100 GB/s?",
        "流水线并行 8 个 stage、32 个微批次、交错 2，气泡占比多少？",
        "Pipeline bubble with 4 stages and 16 micro-batches?",
        "算力预算 1e24 FLOPs，按 Chinchilla 最优应该训练多大的模型？",
        "How many tokens should a 70B model be trained on according to Chinchilla?",
        "Mixtral 8x7B 用 fp16 加载需要多少显存？激活参数多少？",
        "Weights memory of Mixtral-8x7B in int8?",
        "投机解码接受率 70%，草稿 token 数 3，每步期望多少 token？",
        "Speculative decoding with acceptance 0.8, 5 draft tokens and draft cost 0.1: expected speed-up?",
    };

    public static TheoryData<string> BankEntries
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var entry in BankLoader.LoadOrThrow(RepoPaths.QuestionBank).Entries.Where(e => e.Calc is not null))
            {
                data.Add(entry.Id);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public void ARoutedQuestionIsWorkedInEachLanguageWithoutTheOther(string question)
    {
        var outcome = Resolver.Resolve(question);

        Assert.True(outcome.Kind == CalculationOutcomeKind.Calculated, $"{question}: {outcome.Kind} {string.Join(", ", outcome.Missing.Select(m => m.Name))} {outcome.Problem?.Message.En}");
        AssertEachLanguageIsPure(outcome.Result!);
    }

    [Theory]
    [MemberData(nameof(BankEntries))]
    public void EveryBankCalculationIsWorkedInEachLanguageWithoutTheOther(string id)
    {
        var entry = BankLoader.LoadOrThrow(RepoPaths.QuestionBank).Find(id)!;

        AssertEachLanguageIsPure(CalculatorRuns.Service.Run(entry.Calc!.Calculator, entry.Calc.Arguments));
    }

    [Theory]
    [InlineData("training-memory", "params=13B; zero=1; gpus=8; tp=4; seq=4096; micro-batch=2; hidden=5120; layers=40; heads=40; recompute=selective; sequence-parallel=yes")]
    [InlineData("training-memory", "model=llama-2-7b; optimizer=adam-8bit; seq=2k; recompute=full")]
    [InlineData("training-time", "model=llama-2-70b; tokens=2T; gpus=2048; gpu=h100; hfu=0.5; recompute=full")]
    [InlineData("training-time", "params=7B; tokens=1T; gpus=64; peak-tflops=312; recompute=selective")]
    [InlineData("param-count", "layers=24; hidden=1024; vocab=50257; heads=16; architecture=gpt")]
    [InlineData("param-count", "layers=32; hidden=4096; heads=32; kv-heads=8; intermediate=14336; vocab=128256")]
    [InlineData("kv-cache", "layers=32; hidden=4096; context=4k; batch=4; dtype=fp8")]
    [InlineData("decode-roofline", "params=7B; dtype=int4; batch=64; gpu=h200")]
    [InlineData("decode-roofline", "model=qwen2.5-7b")]
    [InlineData("mfu", "params=7B; tokens-per-second=20000; gpus=8; gpu=a100; recompute=full")]
    [InlineData("moe-memory", "layers=24; hidden=2048; heads=16; kv-heads=16; intermediate=1408; vocab=32000; experts=64; top-k=6; dtype=bf16")]
    [InlineData("lora-params", "layers=96; hidden=12288; rank=4; targets=q,v")]
    [InlineData("inference-memory", "model=mistral-7b; format=q5_k_m; context=32k; overhead=0")]
    [InlineData("chinchilla", "compute=5.76e23; tokens-per-param=25")]
    public void EveryBranchOfTheWorkingIsWrittenInEachLanguage(string calculator, string arguments) =>
        AssertEachLanguageIsPure(CalculatorRuns.Run(calculator, arguments));

    private static void AssertEachLanguageIsPure(CalculationResult result)
    {
        var zh = CalculationPresenter.Render(result, Language.Zh);
        var en = CalculationPresenter.Render(result, Language.En);

        var english = EnglishWords.In(zh, CalculatorNames.All);
        Assert.True(english.Count == 0, $"English in the Chinese working: {string.Join(", ", english)}\n{zh}");
        Assert.True(!en.Any(IsCjk), $"Chinese in the English working:\n{en}");
        Assert.Contains("计算步骤：", zh);
        Assert.Contains("Steps:", en);
    }

    private static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3000' and <= '\u303f' or >= '\uff00' and <= '\uffef';
}
