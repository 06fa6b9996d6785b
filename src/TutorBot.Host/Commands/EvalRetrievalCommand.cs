using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Core.Bank;
using TutorBot.Core.Search;
using TutorBot.Host.Cli;
using TutorBot.Host.Hosting;
using TutorBot.Retrieval.Evaluation;

namespace TutorBot.Host.Commands;

public static class EvalRetrievalCommand
{
    public const string DefaultSet = "tests/TutorBot.Retrieval.Tests/Data/retrieval-eval.tsv";

    public static Command Create()
    {
        var set = new Option<string>("--set") { Description = $"Evaluation set, QUERY<TAB>IDS per line (default: {DefaultSet})", DefaultValueFactory = _ => DefaultSet };
        var json = new Option<bool>("--json") { Description = "Print the numbers as JSON" };
        var misses = new Option<bool>("--misses") { Description = "Also list every query that missed at rank 1 or was wrongly refused or answered" };
        var command = new Command("retrieval", "Recall@1, recall@3, MRR and refusal rate of search on a labelled query set.") { set, json, misses };
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(set)!;
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"error: --set file '{path}' does not exist");
                return ExitCodes.BadArguments;
            }

            IReadOnlyList<RetrievalEvalCase> cases;
            try
            {
                cases = RetrievalEvalSet.Load(path);
            }
            catch (FormatException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.BadArguments;
            }

            using var host = TutorHost.CreateBuilder(parseResult).Build();

            var bank = host.Services.GetRequiredService<QuestionBank>();
            var unknown = cases.SelectMany(c => c.ExpectedIds.Where(id => bank.Find(id) is null).Select(id => $"{path}:{c.Line}: unknown entry id '{id}'")).ToList();
            if (unknown.Count > 0)
            {
                unknown.ForEach(Console.Error.WriteLine);
                return ExitCodes.Failed;
            }

            var report = RetrievalEvaluator.Evaluate(host.Services.GetRequiredService<IQuestionSearch>(), cases);
            if (parseResult.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(
                    new
                    {
                        queries = report.Results.Count,
                        answerable = report.Answerable,
                        unanswerable = report.Unanswerable,
                        recall_at_1 = Math.Round(report.RecallAt1, 4),
                        recall_at_3 = Math.Round(report.RecallAt3, 4),
                        mrr = Math.Round(report.Mrr, 4),
                        refusal_rate = Math.Round(report.RefusalRate, 4),
                        false_refusal_rate = Math.Round(report.FalseRefusalRate, 4),
                    },
                    CliJson.Options));
            }
            else
            {
                Console.WriteLine($"queries:        {report.Results.Count} ({report.Answerable} answerable, {report.Unanswerable} unanswerable)");
                Console.WriteLine($"recall@1:       {F(report.RecallAt1)}");
                Console.WriteLine($"recall@3:       {F(report.RecallAt3)}");
                Console.WriteLine($"mrr:            {F(report.Mrr)}");
                Console.WriteLine($"refusals:       {F(report.RefusalRate)} (unanswerable queries refused)");
                Console.WriteLine($"false refusals: {F(report.FalseRefusalRate)} (answerable queries refused)");
            }

            if (parseResult.GetValue(misses))
            {
                foreach (var miss in report.Misses)
                {
                    var expected = miss.Case.IsAnswerable ? string.Join(",", miss.Case.ExpectedIds) : "(none)";
                    var got = string.Join(",", miss.ResultIds.Take(3));
                    Console.WriteLine($"miss line {miss.Case.Line}: {miss.Case.Query} | expected {expected} | rank {miss.Rank?.ToString(CultureInfo.InvariantCulture) ?? "-"} | refused {miss.Refused} | got {got}");
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
