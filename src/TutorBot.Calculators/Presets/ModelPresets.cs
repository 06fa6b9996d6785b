using TutorBot.Calculators.Architecture;

namespace TutorBot.Calculators.Presets;

/// <summary>Shapes from each model's config.json (Hugging Face) or paper; the Llama, Mistral and Qwen counts match the published totals exactly.</summary>
public static class ModelPresets
{
    public static readonly IReadOnlyList<ModelPreset> All =
    [
        new("llama-2-7b", "Llama-2-7B", new(ModelFamily.Llama, 32, 4096, 32, 32, 128, 11008, 32000), "meta-llama/Llama-2-7b-hf config.json"),
        new("llama-2-13b", "Llama-2-13B", new(ModelFamily.Llama, 40, 5120, 40, 40, 128, 13824, 32000), "meta-llama/Llama-2-13b-hf config.json"),
        new("llama-2-70b", "Llama-2-70B", new(ModelFamily.Llama, 80, 8192, 64, 8, 128, 28672, 32000), "meta-llama/Llama-2-70b-hf config.json"),
        new("llama-3-8b", "Llama-3-8B", new(ModelFamily.Llama, 32, 4096, 32, 8, 128, 14336, 128256), "meta-llama/Meta-Llama-3-8B config.json"),
        new("llama-3-70b", "Llama-3-70B", new(ModelFamily.Llama, 80, 8192, 64, 8, 128, 28672, 128256), "meta-llama/Meta-Llama-3-70B config.json"),
        new("mistral-7b", "Mistral-7B v0.1", new(ModelFamily.Llama, 32, 4096, 32, 8, 128, 14336, 32000, SlidingWindow: 4096), "mistralai/Mistral-7B-v0.1 config.json (sliding_window 4096)"),
        new("mixtral-8x7b", "Mixtral-8x7B", new(ModelFamily.Llama, 32, 4096, 32, 8, 128, 14336, 32000, Experts: 8, ExpertsPerToken: 2), "mistralai/Mixtral-8x7B-v0.1 config.json (8 local experts, 2 per token)"),
        new("qwen2.5-7b", "Qwen2.5-7B", new(ModelFamily.Llama, 28, 3584, 28, 4, 128, 18944, 152064, AttentionBias: true), "Qwen/Qwen2.5-7B config.json"),
        new("opt-13b", "OPT-13B", new(ModelFamily.Gpt, 40, 5120, 40, 40, 128, 20480, 50272, TiedEmbeddings: true, LearnedPositions: 2050), "facebook/opt-13b config.json"),
        new("gpt-3-175b", "GPT-3 175B", new(ModelFamily.Gpt, 96, 12288, 96, 96, 128, 49152, 50257, TiedEmbeddings: true, LearnedPositions: 2048), "Brown et al. 2020, Table 2.1"),
    ];

    public static IEnumerable<string> Names => All.Select(m => m.Name);

    public static ModelPreset? Find(string text)
    {
        var key = Canonical(text);
        return All.FirstOrDefault(m => Canonical(m.Name) == key)
            ?? (key == "gpt3" ? All.Single(m => m.Name == "gpt-3-175b") : null)
            ?? (key == "mistral7bv0.1" ? All.Single(m => m.Name == "mistral-7b") : null);
    }

    /// <summary>"Llama 2 7B", "LLaMA-2-7b", "llama2_7b" all become "llama27b".</summary>
    public static string Canonical(string text) =>
        new(text.ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c == '.').ToArray());
}
