namespace TutorBot.Calculators.Presets;

/// <summary>
/// A number format for weights or cache entries; GGUF block types count their scales in BitsPerWeight. The note says
/// what one value takes, e.g. "2 bytes per value" / "每个值 2 字节".
/// </summary>
public sealed record WeightFormat(string Name, double BitsPerWeight, string NoteEn, string NoteZh)
{
    public double BytesPerValue => BitsPerWeight / 8;
}
