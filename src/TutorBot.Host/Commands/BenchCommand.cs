using System.CommandLine;

namespace TutorBot.Host.Commands;

public static class BenchCommand
{
    public static Command Create()
    {
        var bench = new Command("bench", "Measure speed: each sub-verb prints its numbers.");
        bench.Subcommands.Add(BenchInterviewCommand.Create());
        bench.Subcommands.Add(BenchGradingCommand.Create());
        bench.Subcommands.Add(BenchRetrievalCommand.Create());
        bench.Subcommands.Add(BenchLlmCommand.Create());
        return bench;
    }
}
