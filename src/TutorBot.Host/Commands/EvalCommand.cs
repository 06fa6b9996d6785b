using System.CommandLine;

namespace TutorBot.Host.Commands;

public static class EvalCommand
{
    public static Command Create()
    {
        var eval = new Command("eval", "Measure quality against labelled data (retrieval, grading, adversarial grading, conversations).");
        eval.Subcommands.Add(EvalGradingCommand.Create());
        eval.Subcommands.Add(EvalAdversarialCommand.Create());
        eval.Subcommands.Add(EvalConversationCommand.Create());
        eval.Subcommands.Add(EvalRetrievalCommand.Create());
        eval.Subcommands.Add(EvalInterviewerCommand.Create());
        return eval;
    }
}
