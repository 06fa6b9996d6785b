using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Core.Bank;
using TutorBot.Core.Grading;
using TutorBot.Core.Grading.Evaluation;
using TutorBot.Core.Model;
using TutorBot.Host.Cli;
using TutorBot.Host.Hosting;

namespace TutorBot.Host.Commands;

/// <summary>`tutorbot bench grading`: answers graded per second, on the bank's entries or on a labelled CSV.</summary>
public static class BenchGradingCommand
{
    public static Command Create()
    {
        var seconds = new Option<double>("--seconds") { Description = "How long to keep grading", DefaultValueFactory = _ => 5 };
        var dataset = new Option<string?>("--dataset") { Description = "Grade the answers of this CSV against their reference answers instead of bank answers" };
        var json = new Option<bool>("--json") { Description = "Print the numbers as JSON" };
        var command = new Command("grading", "Grade answers for a while and print answers per second and latency percentiles.") { seconds, dataset, json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var duration = parseResult.GetValue(seconds);
            if (duration is <= 0 or > 3600)
            {
                Console.Error.WriteLine("error: --seconds must be between 0 and 3600");
                return ExitCodes.BadArguments;
            }

            using var host = TutorHost.CreateBuilder(parseResult).Build();

            // Started so that the model, when one is configured, is loaded for the judge.
            await host.StartAsync(cancellationToken);
            IReadOnlyList<GradeRequest> workload;
            try
            {
                workload = parseResult.GetValue(dataset) is { } path ? FromDataset(path) : FromBank(host.Services.GetRequiredService<QuestionBank>());
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or InvalidBankException)
            {
                Console.Error.WriteLine($"error: {e.Message.Split('\n')[0]}");
                return ExitCodes.BadArguments;
            }

            if (workload.Count == 0)
            {
                Console.Error.WriteLine("error: nothing to grade");
                return ExitCodes.Failed;
            }

            var grader = host.Services.GetRequiredService<IAnswerGrader>();
            var model = host.Services.GetRequiredService<ITutorModel>();

            // One pass first so that lazily loaded analyzers and models are not timed.
            await grader.GradeAsync(workload[0], cancellationToken);
            var latencies = new List<double>();
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed.TotalSeconds < duration)
            {
                var request = workload[latencies.Count % workload.Count];
                var started = clock.Elapsed.TotalMilliseconds;
                await grader.GradeAsync(request, cancellationToken);
                latencies.Add(clock.Elapsed.TotalMilliseconds - started);
            }

            var elapsed = clock.Elapsed.TotalSeconds;
            latencies.Sort();
            var perSecond = latencies.Count / elapsed;
            var p50 = latencies[latencies.Count / 2];
            var p95 = latencies[Math.Min(latencies.Count - 1, (int)(latencies.Count * 0.95))];
            var workloadName = parseResult.GetValue(dataset) is null ? "bank" : "dataset";
            if (parseResult.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(
                    new { Workload = workloadName, Answers = latencies.Count, Seconds = elapsed, AnswersPerSecond = perSecond, P50Ms = p50, P95Ms = p95, Model = model.IsAvailable },
                    CliJson.Options));
            }
            else
            {
                Console.WriteLine($"grading ({workloadName}, {workload.Count} distinct answers, model {(model.IsAvailable ? "on" : "off")}): {latencies.Count} answers in {elapsed:0.0} s");
                Console.WriteLine($"{perSecond:0.0} answers/s   p50 {p50:0.00} ms   p95 {p95:0.00} ms");
            }

            await host.StopAsync(cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>For each entry and language: the full reference answer, its first half, and an off-topic answer.</summary>
    private static List<GradeRequest> FromBank(QuestionBank bank)
    {
        var requests = new List<GradeRequest>();
        foreach (var entry in bank.Entries)
        {
            foreach (var language in new[] { Language.Zh, Language.En })
            {
                var full = entry.Answer.For(language);
                var question = entry.Question.For(language);
                requests.Add(new GradeRequest(entry, question, null, full, language));
                requests.Add(new GradeRequest(entry, question, null, full[..(full.Length / 2)], language));
                requests.Add(new GradeRequest(entry, question, null, language == Language.Zh ? "我不太清楚，可能和数据有关。" : "Not sure, probably something to do with the data.", language));
            }
        }

        return requests;
    }

    private static List<GradeRequest> FromDataset(string path)
    {
        using var reader = new StreamReader(path);
        var rows = GradingDatasetReader.Read(reader);
        return rows.Select(r => new GradeRequest(null, r.Question, r.Reference, r.Answer, Language.En)).ToList();
    }
}
