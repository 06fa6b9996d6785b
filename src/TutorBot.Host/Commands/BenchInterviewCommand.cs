using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TutorBot.Core.Bank;
using TutorBot.Core.Conversation;
using TutorBot.Core.Conversation.Intents;
using TutorBot.Core.Interview;
using TutorBot.Host.Cli;
using TutorBot.Host.Hosting;

namespace TutorBot.Host.Commands;

/// <summary>
/// Simulated users running whole interviews at once through the TutorService against one SQLite file:
/// prints turns per second and the turn latency percentiles. Uses a fresh temporary database unless --db is given.
/// </summary>
public static class BenchInterviewCommand
{
    public static Command Create()
    {
        var users = new Option<int>("--users") { Description = "Simulated users running at once", DefaultValueFactory = _ => 50 };
        var questions = new Option<int>("--questions") { Description = "Questions per interview", DefaultValueFactory = _ => 3 };
        var rounds = new Option<int>("--rounds") { Description = "Interviews per user", DefaultValueFactory = _ => 2 };
        var command = new Command("interview", "Turns per second and p99 turn latency of concurrent mock interviews (no model needed).")
        {
            users,
            questions,
            rounds,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult,
            parseResult.GetValue(users),
            parseResult.GetValue(questions),
            parseResult.GetValue(rounds),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, int users, int questions, int rounds, CancellationToken cancellationToken)
    {
        if (users is < 1 or > 10_000 || questions is < 1 or > 20 || rounds is < 1 or > 100)
        {
            Console.Error.WriteLine("error: --users must be 1-10000, --questions 1-20, --rounds 1-100");
            return ExitCodes.BadArguments;
        }

        var builder = TutorHost.CreateBuilder(parseResult);
        using var database = parseResult.GetValue(GlobalOptions.Database) is { Length: > 0 } ? null : new ThrowawayDatabase("bench");
        database?.Use(builder);
        using var host = builder.Build();
        await host.StartAsync(cancellationToken);

        var tutor = host.Services.GetRequiredService<ITutorService>();
        var bank = host.Services.GetRequiredService<QuestionBank>();
        var latencies = new List<double>[users];
        var errors = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, users).Select(i => Task.Run(async () =>
        {
            latencies[i] = [];
            var user = new UserRef("bench", $"user-{i}", $"user {i}");
            var conversation = new ConversationKey("bench", $"user-{i}");
            for (var round = 0; round < rounds; round++)
            {
                var failed = await RunInterviewAsync(tutor, bank, user, conversation, questions, i + round, latencies[i], cancellationToken);
                if (failed)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }, cancellationToken)));
        clock.Stop();
        await host.StopAsync(CancellationToken.None);

        var all = latencies.SelectMany(l => l).Order().ToArray();
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"users: {users}, interviews: {users * rounds}, turns: {all.Length}, seconds: {seconds:0.00}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"turns/s: {all.Length / seconds:0.0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"latency ms: p50 {Percentile(all, 0.50):0.0}, p90 {Percentile(all, 0.90):0.0}, p99 {Percentile(all, 0.99):0.0}, max {all[^1]:0.0}"));
        Console.WriteLine($"failed interviews: {errors}");
        return errors == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }

    /// <summary>One interview: every other answer is the reference answer, the rest are weak (drawing follow-ups).</summary>
    private static async Task<bool> RunInterviewAsync(
        ITutorService tutor,
        QuestionBank bank,
        UserRef user,
        ConversationKey conversation,
        int questions,
        int seed,
        List<double> latencies,
        CancellationToken cancellationToken)
    {
        var replies = await TimedAsync(new StartInterview(InterviewMode.Practice) { Count = questions, Language = Language.En });
        for (var turn = 0; turn < questions * 4; turn++)
        {
            if (replies.Any(r => r.Kind == ReplyKind.Error))
            {
                return true;
            }

            if (replies.Any(r => r.Kind == ReplyKind.Summary))
            {
                return false;
            }

            var question = replies.LastOrDefault(r => r.Kind == ReplyKind.Question);
            if (question is null)
            {
                return true;
            }

            var strong = (seed + turn) % 2 == 0 && !question.IsFollowup;
            var answer = strong && bank.Find(question.EntryId ?? "") is { } entry ? entry.Answer.En : "I am not sure, something about memory and speed.";
            replies = await TimedAsync(new FreeText(answer.Trim()));
        }

        return true;

        async Task<IReadOnlyList<TutorReply>> TimedAsync(TutorIntent intent)
        {
            var started = Stopwatch.GetTimestamp();
            var result = await tutor.HandleAsync(new TutorInput(conversation, user, intent), cancellationToken);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return result;
        }
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
