namespace TutorBot.Calculators.Presets;

/// <summary>
/// Dense (no sparsity) BF16 tensor-core peaks, HBM size and bandwidth, and NVLink bandwidth from the NVIDIA data sheets:
/// A100 80GB SXM (312 TFLOPS, 2,039 GB/s, NVLink 600 GB/s), H100 SXM (989 TFLOPS; the sheet's 1,979 is with sparsity;
/// 3.35 TB/s, NVLink 900 GB/s), H200 SXM (989 TFLOPS, 141 GB, 4.8 TB/s, NVLink 900 GB/s).
/// </summary>
public static class GpuPresets
{
    public static readonly IReadOnlyList<GpuPreset> All =
    [
        new("a100", "A100", 312, 80e9, 2039e9, 600e9),
        new("h100", "H100 SXM", 989, 80e9, 3.35e12, 900e9),
        new("h200", "H200", 989, 141e9, 4.8e12, 900e9),
    ];

    public static IEnumerable<string> Names => All.Select(g => g.Name);

    public static GpuPreset? Find(string text)
    {
        var key = text.Trim().ToLowerInvariant().Replace(" ", "").Replace("-", "");
        return All.FirstOrDefault(g => key == g.Name || key.StartsWith(g.Name, StringComparison.Ordinal));
    }
}
