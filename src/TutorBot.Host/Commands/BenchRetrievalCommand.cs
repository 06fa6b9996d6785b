using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TutorBot.Core.Bank;
using TutorBot.Host.Cli;
using TutorBot.Host.Hosting;
using TutorBot.Retrieval;
using TutorBot.Retrieval.Benchmarking;
using TutorBot.Retrieval.Evaluation;

namespace TutorBot.Host.Commands;

public static class BenchRetrievalCommand
{
    // Latency percentiles mean little on a busy machine without the load next to them.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? ", load average " + string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "";

    public static Command Create()
    {
        var set = new Option<string>("--set") { Description = $"Queries to time: the evaluation set (default: {EvalRetrievalCommand.DefaultSet})", DefaultValueFactory = _ => EvalRetrievalCommand.DefaultSet };
        var entries = new Option<int>("--entries") { Description = "Size of the replicated bank (default 10000)", DefaultValueFactory = _ => 10_000 };
        var rounds = new Option<int>("--rounds") { Description = "Passes over the queries per bank (default 20)", DefaultValueFactory = _ => 20 };
        var command = new Command("retrieval", "Index build time and query latency p50/p99, for the shipped bank and a replicated one.") { set, entries, rounds };
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(set)!;
            var size = parseResult.GetValue(entries);
            var passes = parseResult.GetValue(rounds);
            if (size is < 1 or > 1_000_000 || passes is < 1 or > 10_000)
            {
                Console.Error.WriteLine("error: --entries must be 1-1000000 and --rounds 1-10000");
                return ExitCodes.BadArguments;
            }

            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"error: --set file '{path}' does not exist");
                return ExitCodes.BadArguments;
            }

            IReadOnlyList<string> queries;
            try
            {
                queries = RetrievalEvalSet.Load(path).Select(c => c.Query).ToList();
            }
            catch (FormatException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.BadArguments;
            }

            using var host = TutorHost.CreateBuilder(parseResult).Build();

            var bank = host.Services.GetRequiredService<QuestionBank>();
            var synonyms = host.Services.GetRequiredService<SynonymTable>();
            var options = host.Services.GetRequiredService<IOptions<RetrievalOptions>>().Value;
            Console.WriteLine($"{queries.Count} queries x {passes} rounds, after one warm-up pass; {Environment.ProcessorCount} cores{LoadAverage()}");
            IReadOnlyList<SlowQuery> slowest = [];
            foreach (var bankEntries in new[] { bank.Entries, BankReplicator.Replicate(bank.Entries, size) })
            {
                var result = RetrievalBenchmark.Run(bankEntries, synonyms, options, queries, passes);
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{result.Entries,6} entries: build {result.BuildMs,8:0.0} ms   query p50 {result.Latency.P50Ms:0.000} ms   p99 {result.Latency.P99Ms:0.000} ms   max {result.Latency.MaxMs:0.000} ms"));
                slowest = result.Slowest;
            }

            Console.WriteLine("slowest queries on the largest bank (median ms):");
            foreach (var query in slowest)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {query.MedianMs,7:0.000}  {query.Query}"));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
