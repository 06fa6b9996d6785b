using TutorBot.Core.Bank;

namespace TutorBot.Core.Calculations;

/// <summary>An argument given wrongly (kebab-case name) and why, in both languages; each message starts with the name.</summary>
public sealed record RejectedArgument(string Name, LocalizedText Message);
