namespace TutorBot.Calculators.Presets;

/// <summary>Bytes per parameter for weights, gradients and optimizer states (K in the ZeRO paper).</summary>
public sealed record OptimizerProfile(string Name, double WeightBytes, double GradientBytes, double OptimizerBytes, string En, string Zh)
{
    public double TotalBytes => WeightBytes + GradientBytes + OptimizerBytes;
}
