namespace TutorBot.Calculators.Presets;

/// <summary>An accelerator's dense BF16 peak and memory.</summary>
public sealed record GpuPreset(string Name, string DisplayName, double PeakTflops, double MemoryBytes);
