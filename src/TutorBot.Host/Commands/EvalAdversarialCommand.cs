using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Core.Bank;
using TutorBot.Core.Grading;
using TutorBot.Core.Grading.Adversarial;
using TutorBot.Host.Cli;
using TutorBot.Host.Hosting;

namespace TutorBot.Host.Commands;

/// <summary>`tutorbot eval adversarial`: echoes, generated swaps, hand-written confused answers and paraphrases, reference answers.</summary>
public static class EvalAdversarialCommand
{
    public const string DefaultSet = "questionbank/eval/adversarial.yaml";

    public static Command Create()
    {
        var set = new Option<string>("--set") { Description = $"Hand-written cases (default: {DefaultSet})", DefaultValueFactory = _ => DefaultSet };
        var json = new Option<bool>("--json") { Description = "Print the numbers as JSON" };
        var misses = new Option<bool>("--misses") { Description = "Also list every answer that missed its bar" };
        var command = new Command("adversarial", "Grade the question typed back, swaps from the binding annotations, hand-written confused answers and their paraphrases, and the reference answers.")
        {
            set, json, misses,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(set)!;
            IReadOnlyList<AdversarialCase> cases;
            try
            {
                cases = AdversarialSetReader.Read(await File.ReadAllTextAsync(path, cancellationToken));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                Console.Error.WriteLine($"error: {path}: {e.Message}");
                return ExitCodes.BadArguments;
            }

            using var host = TutorHost.CreateBuilder(parseResult).Build();
            await host.StartAsync(cancellationToken);
            var bank = host.Services.GetRequiredService<QuestionBank>();
            var unknown = cases.Where(c => bank.Find(c.EntryId) is null).Select(c => $"{path}:{c.Line}: unknown entry id '{c.EntryId}'").ToList();
            if (unknown.Count > 0)
            {
                unknown.ForEach(Console.Error.WriteLine);
                return ExitCodes.BadArguments;
            }

            var report = await AdversarialEvaluation.RunAsync(host.Services.GetRequiredService<IAnswerGrader>(), bank, cases, cancellationToken);
            Console.WriteLine(parseResult.GetValue(json)
                ? JsonSerializer.Serialize(Json(report), CliJson.Options)
                : AdversarialReportText.Render(report, parseResult.GetValue(misses)));
            await host.StopAsync(cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static object Json(AdversarialReport report) => new
    {
        Echo = new { Answers = report.Echoes.Count, Max = report.MaxEcho, Over = report.Echoes.Where(e => e.Score > AdversarialReport.EchoMax).Select(e => $"{e.EntryId}/{e.Language}") },
        Swaps = new { Answers = report.Swaps.Count, Credited = report.SwapsCredited, AtMost4 = report.Swaps.Count(s => s.Score <= AdversarialReport.ConfusedMax) },
        Pairs = new[] { AdversarialCase.Tune, AdversarialCase.Holdout, null }.Select(report.Split),
        Annotations = new { report.Coverage.ConceptEntries, report.Coverage.Annotated },
        References = new { Answers = report.References.Count, Min = report.MinReference, Below = report.References.Where(r => r.Score < AdversarialReport.ReferenceMin).Select(r => $"{r.EntryId}/{r.Language}") },
    };
}
