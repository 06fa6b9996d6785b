using TutorBot.Calculators.Presets;

namespace TutorBot.Calculators.Tests.Presentation;

/// <summary>Names a Chinese working may carry as they are: calculators, models and GPUs.</summary>
public static class CalculatorNames
{
    public static IReadOnlyList<string> All { get; } =
    [
        .. CalculatorRuns.Service.Names,
        .. ModelPresets.All.SelectMany(m => new[] { m.Name, m.DisplayName }),
        .. GpuPresets.All.SelectMany(g => new[] { g.Name, g.DisplayName }),
    ];
}
