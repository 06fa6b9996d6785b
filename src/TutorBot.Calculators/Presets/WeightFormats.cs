namespace TutorBot.Calculators.Presets;

/// <summary>
/// Known formats. GGUF block sizes from ggml (ggml-common.h): Q8_0 = 32 int8 + fp16 scale = 34 bytes per 32 weights, and so on.
/// The K-quant mixes (_S/_M) are averages: the sizes llama.cpp's quantize tool lists for a 7B model (6.74B weights) converted to bits per weight.
/// </summary>
public static class WeightFormats
{
    public static readonly IReadOnlyList<WeightFormat> All =
    [
        new("fp32", 32, "4 bytes per value", "每个值 4 字节"),
        new("tf32", 32, "stored in 4 bytes", "按 4 字节存储"),
        new("fp16", 16, "2 bytes per value", "每个值 2 字节"),
        new("bf16", 16, "2 bytes per value", "每个值 2 字节"),
        new("fp8", 8, "1 byte per value", "每个值 1 字节"),
        new("int8", 8, "1 byte per value, scales ignored", "每个值 1 字节，不计缩放因子"),
        new("int4", 4, "half a byte per value, scales ignored", "每个值半个字节，不计缩放因子"),
        new("q8_0", 8.5, "blocks of 32: 32 int8 + one fp16 scale = 34 bytes", "每块 32 个值：32 个 int8 + 一个 fp16 缩放因子 = 34 字节"),
        new("q6_k", 6.5625, "super-blocks of 256: 128 bytes low 4 bits + 64 bytes high 2 bits + 16 8-bit sub-block scales + fp16 scale = 210 bytes", "每个超块 256 个值：低 4 位 128 字节 + 高 2 位 64 字节 + 16 个 8 位子块缩放因子 + fp16 缩放因子 = 210 字节"),
        new("q5_1", 6, "blocks of 32: 16 + 4 bytes of nibbles + fp16 scale and min = 24 bytes", "每块 32 个值：16 + 4 字节的 4 位值 + fp16 缩放因子和最小值 = 24 字节"),
        new("q5_0", 5.5, "blocks of 32: 20 bytes of 5-bit values + fp16 scale = 22 bytes", "每块 32 个值：20 字节的 5 位值 + fp16 缩放因子 = 22 字节"),
        new("q5_k_m", 5.67, "mix of Q5_K and Q6_K tensors; about 5.67 bits per weight (llama.cpp, 7B: 4.45 GiB)", "Q5_K 与 Q6_K 张量混合；每个权重约 5.67 位（llama.cpp，7B：4.45 GiB）"),
        new("q5_k_s", 5.52, "mostly Q5_K tensors; about 5.52 bits per weight (llama.cpp, 7B: 4.33 GiB)", "以 Q5_K 张量为主；每个权重约 5.52 位（llama.cpp，7B：4.33 GiB）"),
        new("q5_k", 5.5, "super-blocks of 256: 176 bytes", "每个超块 256 个值：176 字节"),
        new("q4_1", 5, "blocks of 32: 16 bytes of nibbles + fp16 scale and min = 20 bytes", "每块 32 个值：16 字节的 4 位值 + fp16 缩放因子和最小值 = 20 字节"),
        new("q4_0", 4.5, "blocks of 32: 16 bytes of nibbles + one fp16 scale = 18 bytes", "每块 32 个值：16 字节的 4 位值 + 一个 fp16 缩放因子 = 18 字节"),
        new("q4_k_m", 4.85, "mix of Q4_K and Q6_K tensors; about 4.85 bits per weight (llama.cpp, 7B: 3.80 GiB)", "Q4_K 与 Q6_K 张量混合；每个权重约 4.85 位（llama.cpp，7B：3.80 GiB）"),
        new("q4_k_s", 4.58, "mostly Q4_K tensors; about 4.58 bits per weight (llama.cpp, 7B: 3.59 GiB)", "以 Q4_K 张量为主；每个权重约 4.58 位（llama.cpp，7B：3.59 GiB）"),
        new("q4_k", 4.5, "super-blocks of 256: 144 bytes", "每个超块 256 个值：144 字节"),
        new("q3_k_m", 3.91, "mix of Q3_K, Q4_K and Q6_K tensors; about 3.91 bits per weight (llama.cpp, 7B: 3.07 GiB)", "Q3_K、Q4_K 与 Q6_K 张量混合；每个权重约 3.91 位（llama.cpp，7B：3.07 GiB）"),
        new("q3_k", 3.4375, "super-blocks of 256: 110 bytes", "每个超块 256 个值：110 字节"),
        new("q2_k", 2.625, "super-blocks of 256: 64 bytes of 2-bit values + 16 bytes of 4-bit scales and mins + fp16 scale and min = 84 bytes", "每个超块 256 个值：64 字节的 2 位值 + 16 字节的 4 位缩放因子和最小值 + fp16 缩放因子和最小值 = 84 字节"),
    ];

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["float32"] = "fp32",
        ["float"] = "fp32",
        ["float16"] = "fp16",
        ["half"] = "fp16",
        ["bfloat16"] = "bf16",
        ["float8"] = "fp8",
        ["e4m3"] = "fp8",
        ["e5m2"] = "fp8",
        ["8bit"] = "int8",
        ["4bit"] = "int4",
        ["nf4"] = "int4",
    };

    public static IEnumerable<string> Names => All.Select(f => f.Name);

    public static WeightFormat? Find(string text)
    {
        var key = text.Trim().Replace("-", "_").Replace(" ", "").ToLowerInvariant();
        if (Aliases.TryGetValue(key.Replace("_", ""), out var alias))
        {
            key = alias;
        }

        return All.FirstOrDefault(f => f.Name == key || f.Name.Replace("_", "") == key.Replace("_", ""));
    }
}
