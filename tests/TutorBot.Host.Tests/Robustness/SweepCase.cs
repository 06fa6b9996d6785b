namespace TutorBot.Host.Tests.Robustness;

/// <summary>One hostile run: the arguments (a temporary --db is added) and what goes to standard input.</summary>
public sealed record SweepCase(string[] Args, byte[]? Stdin = null);
