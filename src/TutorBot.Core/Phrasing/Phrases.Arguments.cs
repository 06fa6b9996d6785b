using TutorBot.Core.Bank;

namespace TutorBot.Core.Phrasing;

/// <summary>Why a calculator rejected its input, naming the argument as it is given ("--heads" in Chinese).</summary>
public static partial class Phrases
{
    public static string UnknownCalculator(Language l, string calculator, IEnumerable<string> known) => Pick(
        l,
        $"calculator: unknown calculator '{calculator}' (one of: {string.Join(", ", known)})",
        $"没有名为 '{calculator}' 的计算器（可选：{string.Join("、", known)}）");

    public static string NotAnArgumentOf(Language l, string name, string calculator, IEnumerable<string> known) => Pick(
        l,
        $"{name}: not an argument of {calculator} (it takes {string.Join(", ", known)})",
        $"--{name}：不是 {calculator} 的参数（它接受 {string.Join("、", known.Select(k => "--" + k))}）");

    public static string NotANumber(Language l, string name, string text) => Pick(
        l,
        $"{name}: cannot read '{text}' as a number (examples: 7B, 4096, 2k, 1.5T)",
        $"--{name}：无法把 '{text}' 读成数字（例如 7B、4096、2k、1.5T）");

    public static string NotAWholeNumber(Language l, string name, string text) => Pick(
        l,
        $"{name}: cannot read '{text}' as a whole number",
        $"--{name}：无法把 '{text}' 读成整数");

    public static string NotAFraction(Language l, string name, string text) => Pick(
        l,
        $"{name}: cannot read '{text}' as a fraction (examples: 0.3, 30%)",
        $"--{name}：无法把 '{text}' 读成比例（例如 0.3、30%）");

    public static string NotTflops(Language l, string name, string text) => Pick(
        l,
        $"{name}: cannot read '{text}' as TFLOPS (examples: 312, 989 TFLOPS)",
        $"--{name}：无法把 '{text}' 读成 TFLOPS（例如 312、989 TFLOPS）");

    public static string NotBytesPerSecond(Language l, string name, string text) => Pick(
        l,
        $"{name}: cannot read '{text}' as bytes per second (examples: 900 GB/s, 3.35 TB/s)",
        $"--{name}：无法把 '{text}' 读成每秒字节数（例如 900 GB/s、3.35 TB/s）");

    public static string NotBytes(Language l, string name, string text) => Pick(
        l,
        $"{name}: cannot read '{text}' as bytes (examples: 14 GB, 512 MiB)",
        $"--{name}：无法把 '{text}' 读成字节数（例如 14 GB、512 MiB）");

    public static string MustBePositive(Language l, string name, string text) => Pick(
        l,
        $"{name}: must be greater than zero (got {text})",
        $"--{name}：必须大于零（给出的是 {text}）");

    public static string MustBeWhole(Language l, string name, string text) => Pick(
        l,
        $"{name}: must be a whole number (got {text})",
        $"--{name}：必须是整数（给出的是 {text}）");

    public static string OutOfRange(Language l, string name, int min, int max, string text) => Pick(
        l,
        $"{name}: must be between {min} and {max} (got {text})",
        $"--{name}：必须在 {min} 到 {max} 之间（给出的是 {text}）");

    /// <summary>A fraction out of range: (0, 1], or from zero up when <paramref name="allowZero"/>.</summary>
    public static string FractionOutOfRange(Language l, string name, string text, bool allowZero) => allowZero
        ? Pick(l, $"{name}: must be zero or more, as a fraction (0.2) or percent (20%) (got {text})", $"--{name}：必须大于或等于零，写成比例（0.2）或百分数（20%）（给出的是 {text}）")
        : Pick(l, $"{name}: must be a fraction between 0 and 1, e.g. 0.3 or 30% (got {text})", $"--{name}：必须是 0 到 1 之间的比例，例如 0.3 或 30%（给出的是 {text}）");

    public static string UnknownWeightFormat(Language l, string name, string text, IEnumerable<string> known) => Pick(
        l,
        $"{name}: unknown format '{text}' (known: {string.Join(", ", known)})",
        $"--{name}：未知的数值格式 '{text}'（可选：{string.Join("、", known)}）");

    public static string UnknownModel(Language l, string text, IEnumerable<string> known) => Pick(
        l,
        $"model: unknown model '{text}' (known: {string.Join(", ", known)})",
        $"--model：未知的模型 '{text}'（可选：{string.Join("、", known)}）");

    public static string UnknownGpu(Language l, string text, IEnumerable<string> known) => Pick(
        l,
        $"gpu: unknown GPU '{text}' (known: {string.Join(", ", known)}; or give --peak-tflops)",
        $"--gpu：未知的 GPU '{text}'（可选：{string.Join("、", known)}；或给出 --peak-tflops）");

    public static string UnknownOptimizer(Language l, string text, IEnumerable<string> known) => Pick(
        l,
        $"optimizer: unknown optimizer '{text}' (one of: {string.Join(", ", known)})",
        $"--optimizer：未知的优化器 '{text}'（可选：{string.Join("、", known)}）");

    public static string UnknownValue(Language l, string name, string text, IEnumerable<string> options) => Pick(
        l,
        $"{name}: unknown value '{text}' (one of: {string.Join(", ", options)})",
        $"--{name}：未知的取值 '{text}'（可选：{string.Join("、", options)}）");

    public static string UnknownLoraTarget(Language l, string target) => Pick(
        l,
        $"targets: unknown target '{target}' (use q, k, v, o, gate, up, down, or attention, mlp, all)",
        $"--targets：未知的目标矩阵 '{target}'（可用 q、k、v、o、gate、up、down，或 attention、mlp、all）");

    public static string EmptyLoraTargets(Language l) => Pick(l, "targets: empty list (use e.g. q,v)", "--targets：列表为空（例如 q,v）");

    /// <summary>Heads that do not divide the hidden size; <paramref name="headDimHelps"/> when --head-dim would settle it.</summary>
    public static string HeadsDoNotDivideHidden(Language l, int heads, int hidden, bool headDimHelps) => headDimHelps
        ? Pick(
            l,
            $"heads: {heads} does not divide hidden {hidden} (give --head-dim if the head size is not hidden/heads)",
            $"--heads：{heads} 不能整除隐藏维度 {hidden}（头维度不等于 隐藏维度/头数 时请给出 --head-dim）")
        : Pick(l, $"heads: {heads} does not divide hidden {hidden}", $"--heads：{heads} 不能整除隐藏维度 {hidden}");

    public static string KvHeadsMustDivideHeads(Language l, int kvHeads, int heads) => Pick(
        l,
        $"kv-heads: {kvHeads} must divide heads {heads} (GQA groups query heads evenly)",
        $"--kv-heads：{kvHeads} 必须能整除头数 {heads}（GQA 把查询头均分成组）");

    public static string Contradicts(Language l, string name, string text, string primary, string primaryText) => Pick(
        l,
        $"{name}: '{text}' contradicts {primary} '{primaryText}'",
        $"--{name}：'{text}' 与 --{primary} '{primaryText}' 矛盾");

    /// <summary>Two arguments of which only one may be given, since one follows from the other.</summary>
    public static string OneOfTwo(Language l, string first, string second) => Pick(
        l,
        $"{second}: give --{first} or --{second}, not both (one follows from the other)",
        $"--{second}：--{first} 和 --{second} 只给一个（一个可以由另一个算出）");

    public static string TopKAboveExperts(Language l, int topK, int experts) => Pick(
        l,
        $"top-k: {topK} is more than the {experts} experts",
        $"--top-k：{topK} 超过了专家数 {experts}");

    public static string AllReduceNeedsTwoGpus(Language l, int gpus) => Pick(
        l,
        $"gpus: an all-reduce needs at least 2 GPUs (got {gpus})",
        $"--gpus：all-reduce 至少需要 2 张 GPU（给出的是 {gpus}）");

    public static string ThroughputAbovePeak(Language l, string tokensPerSecond, string percentOfPeak) => Pick(
        l,
        $"tokens-per-second: {tokensPerSecond} tokens/s would need {percentOfPeak}% of the peak; check the throughput, GPU count and peak",
        $"--tokens-per-second：每秒 {tokensPerSecond} 个 token 需要峰值算力的 {percentOfPeak}%；请检查吞吐、GPU 数和峰值");
}
