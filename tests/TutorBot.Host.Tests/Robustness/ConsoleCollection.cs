namespace TutorBot.Host.Tests.Robustness;

/// <summary>Tests that run tutorbot inside the test process swap the process-wide console and working directory, so they run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "In-process tutorbot";
}
