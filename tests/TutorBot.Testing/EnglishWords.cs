using System.Text.RegularExpressions;

namespace TutorBot.Testing;

/// <summary>
/// The English words left in a Chinese rendering. Not counted: units and symbols (GB, GiB, FLOPs, B, M), number
/// formats (fp16, q4_k_m), the names given (calculators, models, GPUs), argument names and values after "--",
/// formula variables (h, r, N, d_in), and the technical terms Chinese writing keeps in English (KV, MFU, LoRA, batch, token).
/// </summary>
public static partial class EnglishWords
{
    private static readonly HashSet<string> Terms = new(StringComparer.Ordinal)
    {
        "GB", "GiB", "MB", "MiB", "KB", "KiB", "TB", "TiB", "FLOPs", "FLOP", "TFLOPS",
        "KV", "MFU", "HFU", "GQA", "MQA", "MHA", "MoE", "MLP", "LoRA", "ZeRO", "CUDA", "NVLink", "GPU", "BF16", "SXM",
        "RMSNorm", "LayerNorm", "top-k", "reduce-scatter", "all-gather", "llama.cpp", "PaLM",
        "Hoffmann", "Korthikanti", "Kaplan", "Chowdhery", "Adam", "AdamW", "SGD", "Llama", "GPT", "sbh",
        "batch", "token", "tokens", "gate", "up", "down",
    };

    public static IReadOnlyList<string> In(string text, IEnumerable<string> names)
    {
        var rest = ArgumentAndValue().Replace(text, " ");
        foreach (var name in names.OrderByDescending(n => n.Length))
        {
            rest = rest.Replace(name, " ", StringComparison.OrdinalIgnoreCase);
        }

        foreach (var symbol in new[] { "FLOP/s", "GB/s", "tokens/秒", "FLOPs/字节" })
        {
            rest = rest.Replace(symbol, " ", StringComparison.Ordinal);
        }

        return Word().Matches(rest)
            .Select(m => m.Value.TrimEnd('.', '-'))
            .Where(w => !IsSymbol(w))
            .Distinct()
            .ToList();
    }

    private static bool IsSymbol(string word) =>
        word.Length <= 2 && word.All(char.IsAsciiLetter)
        || word.Contains('_')
        || Terms.Contains(word)
        || word.StartsWith("ZeRO-", StringComparison.Ordinal)
        || NumberFormat().IsMatch(word);

    [GeneratedRegex(@"--[a-z][a-z-]*(?:\s+[^\s-][^\s]*)?")]
    private static partial Regex ArgumentAndValue();

    [GeneratedRegex(@"(?<![\w.])[A-Za-z][A-Za-z0-9_.\-]*")]
    private static partial Regex Word();

    /// <summary>fp16, bf16, tf32, fp8, int8, int4.</summary>
    [GeneratedRegex(@"^(?:fp|bf|tf|int)\d+$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberFormat();
}
