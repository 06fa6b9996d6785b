using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TutorBot.Core.Bank;
using TutorBot.Core.Conversation;
using TutorBot.Host.Cli;
using TutorBot.Host.Hosting;

namespace TutorBot.Host.Commands;

/// <summary>
/// Scripted candidates play whole interviews through the real tutor (grader, policy, level estimate, SQLite):
/// per candidate, the follow-up kinds asked after each answer level, questions and follow-ups per interview, and
/// the mean difficulty of the questions over time.
/// </summary>
public static class EvalInterviewerCommand
{
    public static Command Create()
    {
        var interviews = new Option<int>("--interviews") { Description = "Interviews per candidate", DefaultValueFactory = _ => 20 };
        var questions = new Option<int>("--questions") { Description = "Questions per interview", DefaultValueFactory = _ => 4 };
        var json = new Option<bool>("--json") { Description = "Print the results as JSON" };
        var command = new Command("interviewer", "Play scripted candidates (blank, reference, half, improving) through the interviewer.") { interviews, questions, json };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult, parseResult.GetValue(interviews), parseResult.GetValue(questions), parseResult.GetValue(json), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, int interviews, int questions, bool json, CancellationToken cancellationToken)
    {
        if (interviews is < 1 or > 500 || questions is < 1 or > 20)
        {
            Console.Error.WriteLine("error: --interviews must be 1-500 and --questions 1-20");
            return ExitCodes.BadArguments;
        }

        var builder = TutorHost.CreateBuilder(parseResult);
        using var database = new ThrowawayDatabase("eval");
        database.Use(builder);
        using var host = builder.Build();
        await host.StartAsync(cancellationToken);
        var tutor = host.Services.GetRequiredService<ITutorService>();
        var bank = host.Services.GetRequiredService<QuestionBank>();
        var results = new List<InterviewerCandidateResult>();
        foreach (var candidate in InterviewerCandidate.All)
        {
            results.Add(await InterviewerSimulation.RunAsync(tutor, bank, candidate, interviews, questions, cancellationToken));
        }

        await host.StopAsync(CancellationToken.None);
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(results, CliJson.Options));
        }
        else
        {
            results.ForEach(r => Console.WriteLine(r.ToText()));
        }

        return ExitCodes.Ok;
    }
}
