namespace TutorBot.Calculators.Presets;

/// <summary>Dense (no sparsity) BF16 tensor-core peaks from the vendor data sheets.</summary>
public static class GpuPresets
{
    public static readonly IReadOnlyList<GpuPreset> All =
    [
        new("a100", "A100", 312, 80e9),
        new("h100", "H100 SXM", 989, 80e9),
        new("h200", "H200", 989, 141e9),
    ];

    public static IEnumerable<string> Names => All.Select(g => g.Name);

    public static GpuPreset? Find(string text)
    {
        var key = text.Trim().ToLowerInvariant().Replace(" ", "").Replace("-", "");
        return All.FirstOrDefault(g => key == g.Name || key.StartsWith(g.Name, StringComparison.Ordinal));
    }
}
