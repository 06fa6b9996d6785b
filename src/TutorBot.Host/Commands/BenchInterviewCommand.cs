using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TutorBot.Core.Bank;
using TutorBot.Core.Conversation;
using TutorBot.Core.Conversation.Intents;
using TutorBot.Core.Interview;
using TutorBot.Host.Cli;
using TutorBot.Host.Hosting;
using TutorBot.Storage;

namespace TutorBot.Host.Commands;

/// <summary>
/// Simulated users running whole interviews at once through the TutorService: prints turns per second and the turn
/// latency percentiles, then checks the database (no answer lost or graded twice, no user in two interviews). Uses a
/// throwaway database (an SQLite file, or a schema on the Storage:ConnectionString server with --storage postgres)
/// unless --db is given; with --processes N, N real tutorbot processes share it, each driving --users users.
/// </summary>
public static class BenchInterviewCommand
{
    public static Command Create()
    {
        var users = new Option<int>("--users") { Description = "Simulated users running at once (per process)", DefaultValueFactory = _ => 50 };
        var questions = new Option<int>("--questions") { Description = "Questions per interview", DefaultValueFactory = _ => 3 };
        var rounds = new Option<int>("--rounds") { Description = "Interviews per user", DefaultValueFactory = _ => 2 };
        var storage = new Option<string?>("--storage") { Description = "sqlite or postgres (the server of Storage:ConnectionString); default Storage:Provider" };
        storage.AcceptOnlyFromAmong("sqlite", "postgres");
        var processes = new Option<int>("--processes") { Description = "tutorbot processes sharing the database", DefaultValueFactory = _ => 1 };
        var firstUser = new Option<int?>("--worker-first-user") { Hidden = true };
        var report = new Option<string?>("--worker-report") { Hidden = true };
        var command = new Command("interview", "Turns per second and p99 turn latency of concurrent mock interviews (no model needed).")
        {
            users,
            questions,
            rounds,
            storage,
            processes,
            firstUser,
            report,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var settings = new Settings(
                parseResult.GetValue(users),
                parseResult.GetValue(questions),
                parseResult.GetValue(rounds),
                parseResult.GetValue(storage),
                parseResult.GetValue(processes));
            return parseResult.GetValue(report) is { } path
                ? RunWorkerAsync(parseResult, settings, parseResult.GetValue(firstUser) ?? 0, path, cancellationToken)
                : RunAsync(parseResult, settings, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Users is < 1 or > 10_000 || settings.Questions is < 1 or > 20 || settings.Rounds is < 1 or > 100 || settings.Processes is < 1 or > 16)
        {
            Console.Error.WriteLine("error: --users must be 1-10000, --questions 1-20, --rounds 1-100, --processes 1-16");
            return ExitCodes.BadArguments;
        }

        var builder = TutorHost.CreateBuilder(parseResult);
        if (settings.Storage is { } provider)
        {
            builder.Configuration[$"{StorageOptions.SectionName}:Provider"] = provider;
        }

        var postgres = string.Equals(builder.Configuration[$"{StorageOptions.SectionName}:Provider"], "postgres", StringComparison.OrdinalIgnoreCase);
        using IThrowawayStore? store = postgres
            ? new ThrowawayPostgresSchema("bench", builder.Configuration[$"{StorageOptions.SectionName}:ConnectionString"])
            : parseResult.GetValue(GlobalOptions.Database) is { Length: > 0 } ? null : new ThrowawayDatabase("bench");
        store?.Use(builder);
        var storageSettings = builder.Configuration.GetSection(StorageOptions.SectionName).AsEnumerable(makePathsRelative: false)
            .Where(s => s.Value is not null)
            .ToDictionary(s => s.Key, s => s.Value);
        using var host = builder.Build();
        await host.StartAsync(cancellationToken);

        var run = settings.Processes == 1
            ? await new BenchInterviewDriver(host.Services.GetRequiredService<ITutorService>(), host.Services.GetRequiredService<QuestionBank>(), settings.Questions, settings.Rounds)
                .RunAsync(0, settings.Users, cancellationToken)
            : await BenchInterviewProcesses.RunAsync(storageSettings, settings.Processes, settings.Users, settings.Questions, settings.Rounds, cancellationToken);
        Print(run, settings, postgres ? "postgres" : "sqlite");
        var broken = await BenchInterviewCheck.RunAsync(host.Services.GetRequiredService<IStoreDatabase>(), run, Console.Out);
        await host.StopAsync(CancellationToken.None);
        foreach (var line in broken)
        {
            Console.Error.WriteLine($"error: {line}");
        }

        return run.FailedInterviews == 0 && broken.Count == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }

    /// <summary>One child of --processes: drives its block of users on the database its environment names and writes what it measured.</summary>
    private static async Task<int> RunWorkerAsync(ParseResult parseResult, Settings settings, int firstUser, string report, CancellationToken cancellationToken)
    {
        using var host = TutorHost.CreateBuilder(parseResult).Build();
        await host.StartAsync(cancellationToken);
        var run = await new BenchInterviewDriver(host.Services.GetRequiredService<ITutorService>(), host.Services.GetRequiredService<QuestionBank>(), settings.Questions, settings.Rounds)
            .RunAsync(firstUser, settings.Users, cancellationToken);
        await host.StopAsync(CancellationToken.None);
        await File.WriteAllTextAsync(report, JsonSerializer.Serialize(run, BenchInterviewRunJson.Default.BenchInterviewRun), cancellationToken);
        return ExitCodes.Ok;
    }

    private static void Print(BenchInterviewRun run, Settings settings, string provider)
    {
        var all = run.LatenciesMs.Order().ToArray();
        var seconds = Math.Max(run.EndedAtMs - run.StartedAtMs, 1) / 1000.0;
        var users = settings.Users * settings.Processes;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"storage: {provider}, processes: {settings.Processes}, users: {users}, interviews: {users * settings.Rounds}, turns: {all.Length}, seconds: {seconds:0.00}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"turns/s: {all.Length / seconds:0.0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"latency ms: p50 {Percentile(all, 0.50):0.0}, p90 {Percentile(all, 0.90):0.0}, p99 {Percentile(all, 0.99):0.0}, max {(all.Length == 0 ? 0 : all[^1]):0.0}"));
        Console.WriteLine($"failed interviews: {run.FailedInterviews}");
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private sealed record Settings(int Users, int Questions, int Rounds, string? Storage, int Processes);
}
