using TutorBot.Calculators.Architecture;

namespace TutorBot.Calculators.Presets;

/// <summary>A published model's shape; Source says where the hyperparameters come from.</summary>
public sealed record ModelPreset(string Name, string DisplayName, TransformerShape Shape, string Source)
{
    public double Params => ParameterBreakdown.Of(Shape).Total;
}
