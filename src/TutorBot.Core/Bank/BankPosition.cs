namespace TutorBot.Core.Bank;

/// <summary>Where a value was written in its bank file (1-based), for messages about it.</summary>
public sealed record BankPosition(int Line, int Column);
