namespace TutorBot.Core.Bank;

/// <summary>One thing a good answer must say; aliases are other words (either language) that show it was said.</summary>
public sealed record KeyPoint(string Id, double Weight, LocalizedText Text, IReadOnlyList<string> Aliases);
