using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TutorBot.Host.Cli;
using TutorBot.Host.Hosting;
using TutorBot.Llm;
using TutorBot.Llm.Generation;
using TutorBot.Llm.Hosting;
using TutorBot.Llm.Templates;

namespace TutorBot.Host.Commands;

/// <summary>
/// `bench llm`: for each session count N, runs N sessions one after another and then N at once through the
/// batched scheduler, and prints time to first token, tokens/s per session and in aggregate, and their ratio.
/// </summary>
public static class BenchLlmCommand
{
    public static Command Create()
    {
        var sessions = new Option<string>("--sessions") { Description = "Session counts to measure, comma-separated", DefaultValueFactory = _ => "1,2,4,8" };
        var tokens = new Option<int>("--tokens") { Description = "Tokens each session generates", DefaultValueFactory = _ => 64 };
        var repeat = new Option<int>("--repeat") { Description = "Runs of each measurement; the fastest counts (steadier on a busy machine)", DefaultValueFactory = _ => 1 };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per session count (JSON Lines)" };
        var command = new Command("llm", "Measure generation throughput of the model given with --model (or Llm:ModelPath).") { sessions, tokens, repeat, json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (!TryParseCounts(parseResult.GetValue(sessions)!, out var counts))
            {
                Console.Error.WriteLine("error: --sessions: expected positive whole numbers separated by commas, e.g. 1,2,4,8");
                return ExitCodes.BadArguments;
            }

            var tokenCount = parseResult.GetValue(tokens);
            var runs = parseResult.GetValue(repeat);
            if (tokenCount < 1 || runs < 1)
            {
                Console.Error.WriteLine($"error: --{(tokenCount < 1 ? "tokens" : "repeat")} must be a positive number");
                return ExitCodes.BadArguments;
            }

            var builder = TutorHost.CreateBuilder(parseResult);
            if (string.IsNullOrWhiteSpace(builder.Configuration[$"{LlmOptions.SectionName}:ModelPath"]))
            {
                Console.Error.WriteLine("error: --model: no model given (pass --model FILE.gguf or set Llm:ModelPath)");
                return ExitCodes.BadArguments;
            }

            var contextSize = Math.Max(512, tokenCount + 128);
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"{LlmOptions.SectionName}:Sequences"] = counts.Max().ToString(CultureInfo.InvariantCulture),
                [$"{LlmOptions.SectionName}:ContextSize"] = contextSize.ToString(CultureInfo.InvariantCulture),
                [$"{LlmOptions.SectionName}:MaxTokens"] = tokenCount.ToString(CultureInfo.InvariantCulture),
            });
            using var host = builder.Build();
            var state = await host.Services.GetRequiredService<ModelHost>().GetStateAsync(cancellationToken);
            if (state.Model is not { } model)
            {
                Console.Error.WriteLine($"error: {state.UnavailableReason}");
                return ExitCodes.Failed;
            }

            var options = host.Services.GetRequiredService<IOptions<LlmOptions>>().Value;
            var asJson = parseResult.GetValue(json);
            if (!asJson)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"model {model.Metadata.Path}: {model.Metadata.ParameterCount:N0} parameters, {options.Threads} thread(s), {tokenCount} tokens per session"));
                Console.WriteLine($"{"sessions",8} {"ttft_ms",9} {"session_tok_s",14} {"aggregate_tok_s",16} {"sequential_tok_s",17} {"batched/sequential",19}");
            }

            await RunAsync(model, 1, Math.Min(8, tokenCount), cancellationToken); // warm-up
            foreach (var count in counts)
            {
                BenchLlmMeasurement? sequential = null;
                BenchLlmMeasurement? batched = null;
                for (var run = 0; run < runs; run++)
                {
                    sequential = BenchLlmMeasurement.Faster(sequential, await RunSequentialAsync(model, count, tokenCount, cancellationToken));
                    batched = BenchLlmMeasurement.Faster(batched, await RunAsync(model, count, tokenCount, cancellationToken));
                }

                var row = new BenchLlmRow(
                    count,
                    tokenCount,
                    Math.Round(batched!.TimeToFirstTokenMs, 1),
                    Math.Round(batched.SessionTokensPerSecond, 1),
                    Math.Round(batched.AggregateTokensPerSecond, 1),
                    Math.Round(sequential!.AggregateTokensPerSecond, 1),
                    Math.Round(batched.AggregateTokensPerSecond / sequential.AggregateTokensPerSecond, 2));
                Console.WriteLine(asJson
                    ? JsonSerializer.Serialize(row, CliJson.Compact)
                    : string.Create(CultureInfo.InvariantCulture,
                        $"{row.Sessions,8} {row.TtftMs,9:F1} {row.SessionTokS,14:F1} {row.AggregateTokS,16:F1} {row.SequentialTokS,17:F1} {row.BatchedVsSequential,18:F2}x"));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<BenchLlmMeasurement> RunSequentialAsync(LoadedModel model, int sessions, int tokens, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var results = new List<GenerationResult>();
        for (var i = 0; i < sessions; i++)
        {
            results.Add(await model.Scheduler.GenerateAsync(Request(model, i, tokens), cancellationToken));
        }

        return BenchLlmMeasurement.Of(results, clock.Elapsed);
    }

    private static async Task<BenchLlmMeasurement> RunAsync(LoadedModel model, int sessions, int tokens, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var results = await Task.WhenAll(Enumerable.Range(0, sessions)
            .Select(i => model.Scheduler.GenerateAsync(Request(model, i, tokens), cancellationToken)));
        return BenchLlmMeasurement.Of(results, clock.Elapsed);
    }

    private static GenerationRequest Request(LoadedModel model, int session, int tokens) =>
        new(model.Formatter.Format([new ChatTurn("system", "You are an interview tutor."), new ChatTurn("user", $"Session {session}: explain the KV cache.")]), tokens)
        {
            Seed = (uint)(session + 1),
            IgnoreEndOfTurn = true,
            UserKey = $"bench-{session}",
        };

    private static bool TryParseCounts(string text, out IReadOnlyList<int> counts)
    {
        var parsed = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1 || count > 256)
            {
                counts = [];
                return false;
            }

            parsed.Add(count);
        }

        counts = parsed;
        return parsed.Count > 0;
    }
}
