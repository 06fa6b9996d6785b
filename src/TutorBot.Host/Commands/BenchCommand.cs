using System.CommandLine;

namespace TutorBot.Host.Commands;

public static class BenchCommand
{
    public static Command Create()
    {
        var bench = new Command("bench", "Measure speed: each sub-verb prints its numbers.");
        bench.Subcommands.Add(BenchGradingCommand.Create());
        return bench;
    }
}
