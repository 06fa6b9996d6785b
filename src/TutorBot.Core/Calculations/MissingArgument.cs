namespace TutorBot.Core.Calculations;

/// <summary>An essential argument that was not given; Hint says what to give ("number of GPUs, e.g. 1000").</summary>
public sealed record MissingArgument(string Name, string Hint)
{
    /// <summary>The one-line error for a caller that cannot go on without it: "gpus: required (number of GPUs, e.g. 1000)".</summary>
    public CalculationException ToException() => new(Name, $"{Name}: required ({Hint})", $"缺少 --{Name}") { IsMissing = true };
}
