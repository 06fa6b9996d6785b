using System.CommandLine;
using TutorBot.Host.Commands;

namespace TutorBot.Host.Cli;

public static class TutorCli
{
    public static RootCommand Create()
    {
        var root = new RootCommand("TutorBot: mock interviews, grading and exact numbers for LLM and ML-systems engineering interviews.");
        root.Options.Add(GlobalOptions.Database);
        root.Options.Add(GlobalOptions.Model);
        root.Options.Add(GlobalOptions.LlmProvider);
        root.Options.Add(GlobalOptions.LlmEndpoint);
        root.Subcommands.Add(BankCommand.Create());
        root.Subcommands.Add(GradeCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(ChatCommand.Create());
        root.Subcommands.Add(CalcCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(AskCommand.Create());
        root.Subcommands.Add(ModelCommand.Create());
        root.Subcommands.Add(DiscordCommand.Create());
        root.Subcommands.Add(UserCommand.Create());
        return root;
    }
}
