namespace TutorBot.Core.Bank;

/// <summary>One thing a good answer must say; aliases are other words (either language) that show it was said.</summary>
public sealed record KeyPoint(string Id, double Weight, LocalizedText Text, IReadOnlyList<string> Aliases)
{
    /// <summary>A simpler question that leads a candidate who said nothing towards this point.</summary>
    public LocalizedText? Scaffold { get; init; }
}
