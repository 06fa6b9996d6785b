using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Core.Bank;
using TutorBot.Core.Grading;
using TutorBot.Core.Grading.Evaluation;
using TutorBot.Host.Cli;
using TutorBot.Host.Hosting;

namespace TutorBot.Host.Commands;

/// <summary>`tutorbot eval grading`: agreement of the grader with human scores on a labelled CSV (0-5 scale).</summary>
public static class EvalGradingCommand
{
    public static Command Create()
    {
        var dataset = new Option<string>("--dataset") { Description = "CSV with columns question, desired_answer, student_answer, score_avg", Required = true };
        var noPeers = new Option<bool>("--no-peers") { Description = "Grade each answer alone, without the other answers to its question" };
        var json = new Option<bool>("--json") { Description = "Print {n, pearson, spearman, rmse} as JSON" };
        var command = new Command("grading", "Grade every answer of a labelled data set and print n, Pearson r, Spearman rho and RMSE against the human scores.")
        {
            dataset, noPeers, json,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(dataset)!;
            IReadOnlyList<LabelledAnswer> rows;
            try
            {
                using var reader = new StreamReader(path);
                rows = GradingDatasetReader.Read(reader);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                Console.Error.WriteLine($"error: {path}: {e.Message}");
                return ExitCodes.BadArguments;
            }

            if (rows.Count < 2)
            {
                Console.Error.WriteLine($"error: {path}: needs at least two answers, found {rows.Count}");
                return ExitCodes.BadArguments;
            }

            using var host = TutorHost.CreateBuilder(parseResult).Build();

            // Started so that the model, when one is configured, is loaded for the judge.
            await host.StartAsync(cancellationToken);
            var grader = host.Services.GetRequiredService<IAnswerGrader>();
            var started = System.Diagnostics.Stopwatch.StartNew();
            var predicted = new List<double>(rows.Count);
            var methods = new HashSet<string>(StringComparer.Ordinal);
            var withPeers = !parseResult.GetValue(noPeers);
            var byQuestion = rows.Select((row, index) => (row, index)).GroupBy(x => (x.row.Question, x.row.Reference)).ToDictionary(g => g.Key, g => g.ToList());
            foreach (var (row, index) in rows.Select((row, index) => (row, index)))
            {
                var peers = withPeers
                    ? byQuestion[(row.Question, row.Reference)].Where(x => x.index != index).Select(x => x.row.Answer).ToList()
                    : [];
                var request = new GradeRequest(null, row.Question, row.Reference, row.Answer, LanguageDetector.Detect(row.Answer)) { PeerAnswers = peers };
                var result = await grader.GradeAsync(request, cancellationToken);
                predicted.Add(result.Score / 2);
                methods.UnionWith(result.Methods);
            }

            var statistics = AgreementStatistics.Compute(predicted, rows.Select(r => r.HumanScore).ToList());
            if (parseResult.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(
                    new { N = statistics.Count, statistics.Pearson, statistics.Spearman, statistics.Rmse, Methods = methods.Order(), Seconds = started.Elapsed.TotalSeconds },
                    CliJson.Options));
            }
            else
            {
                Console.WriteLine($"{Path.GetFileName(path)}: n={statistics.Count}  pearson={statistics.Pearson:0.000}  spearman={statistics.Spearman:0.000}  rmse={statistics.Rmse:0.000} (0-5)");
                Console.WriteLine($"methods: {string.Join(", ", methods.Order())}; {started.Elapsed.TotalSeconds:0.0} s");
            }

            await host.StopAsync(cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }
}
