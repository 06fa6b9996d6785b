using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Core.Bank;
using TutorBot.Core.Phrasing;
using TutorBot.Core.Search;
using TutorBot.Host.Cli;
using TutorBot.Host.Hosting;
using TutorBot.Retrieval;

namespace TutorBot.Host.Commands;

public static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string?>("QUERY") { Description = "What to look for, in Chinese, English or both", Arity = ArgumentArity.ZeroOrOne };
        var top = new Option<int>("--top") { Description = "How many entries to list (1-100)", DefaultValueFactory = _ => 5 };
        var json = new Option<bool>("--json") { Description = "Print a JSON array of {id, score, question: {zh, en}}, best first" };
        var queries = new Option<string?>("--queries") { Description = "Read one query per line from FILE and print one JSON array per line" };
        var explain = new Option<bool>("--explain") { Description = "Show how the query was read and which of its concepts the best entry contains" };
        var command = new Command("search", "Search the question bank.") { query, top, json, queries, explain };
        command.SetAction(parseResult =>
        {
            var count = parseResult.GetValue(top);
            var file = parseResult.GetValue(queries);
            var text = parseResult.GetValue(query);
            if (count is < 1 or > 100)
            {
                Console.Error.WriteLine("error: --top must be between 1 and 100");
                return ExitCodes.BadArguments;
            }

            if (file is null && text is null)
            {
                Console.Error.WriteLine("error: give a QUERY or --queries FILE");
                return ExitCodes.BadArguments;
            }

            if (file is not null && !File.Exists(file))
            {
                Console.Error.WriteLine($"error: --queries file '{file}' does not exist");
                return ExitCodes.BadArguments;
            }

            using var host = TutorHost.CreateBuilder(parseResult, HostParts.Search).Build();

            var search = host.Services.GetRequiredService<IQuestionSearch>();
            if (file is not null)
            {
                foreach (var line in File.ReadLines(file))
                {
                    Console.WriteLine(JsonSerializer.Serialize(search.Search(line, count).Select(ToJson), CliJson.Compact));
                }

                return ExitCodes.Ok;
            }

            var hits = search.Search(text!, count);
            if (parseResult.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(hits.Select(ToJson), CliJson.Options));
                return ExitCodes.Ok;
            }

            var language = LanguageDetector.Detect(text);
            if (hits.Count == 0)
            {
                Console.WriteLine(Phrases.NoMatchingEntries(language));
            }

            for (var i = 0; i < hits.Count; i++)
            {
                var hit = hits[i];
                var mark = search.IsRelevant(hit) ? " " : "?";
                Console.WriteLine($"{i + 1,2}.{mark} {hit.Entry.Id,-40} {hit.Score.ToString("0.00", CultureInfo.InvariantCulture),7} {hit.Coverage.ToString("0.00", CultureInfo.InvariantCulture),5}  {hit.Entry.Question.For(language)}");
            }

            if (parseResult.GetValue(explain) && hits.Count > 0 && search is LuceneQuestionSearch lucene)
            {
                foreach (var match in lucene.Explain(text!, hits[0].Entry.Id))
                {
                    Console.WriteLine($"    {(match.Matched ? "+" : "-")} {match.Weight.ToString("0.00", CultureInfo.InvariantCulture),5}  {match.Concept}");
                }
            }

            if (hits.Any(h => !search.IsRelevant(h)))
            {
                Console.WriteLine("(columns: BM25 score, coverage of the query; ?: below the relevance threshold, ask would not answer from it)");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static SearchHitJson ToJson(SearchHit hit) => new(hit.Entry.Id, Math.Round(hit.Score, 4), hit.Entry.Question);

    private sealed record SearchHitJson(string Id, double Score, LocalizedText Question);
}
