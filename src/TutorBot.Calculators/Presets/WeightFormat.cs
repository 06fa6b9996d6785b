namespace TutorBot.Calculators.Presets;

/// <summary>A number format for weights or cache entries; GGUF block types count their scales in BitsPerWeight.</summary>
public sealed record WeightFormat(string Name, double BitsPerWeight, string Note)
{
    public double BytesPerValue => BitsPerWeight / 8;
}
