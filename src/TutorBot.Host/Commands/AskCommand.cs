using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Core.Ask;
using TutorBot.Core.Ask.Context;
using TutorBot.Core.Bank;
using TutorBot.Host.Cli;
using TutorBot.Host.Hosting;

namespace TutorBot.Host.Commands;

public static class AskCommand
{
    public static Command Create()
    {
        var question = new Argument<string>("QUESTION") { Description = "A question in Chinese or English; numeric ones go to the calculators" };
        var json = new Option<bool>("--json") { Description = "Print {answer, citations, mode, language, resolved_as, context_entry, standalone, not_covered}" };
        var lang = new Option<string?>("--lang") { Description = "Answer language, zh or en (default: the question's language)" };
        var after = new Option<string[]>("--after")
        {
            Description = "Entry ids the previous answer cited, to resolve a follow-up such as \"why?\" (repeatable)",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("ask", "Answer a question from the bank, citing entry ids, or compute it.") { question, json, lang, after };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var text = parseResult.GetValue(question) ?? "";
            var language = LanguageDetector.Detect(text);
            if (parseResult.GetValue(lang) is { } code && !LanguageDetector.TryParse(code, out language))
            {
                Console.Error.WriteLine($"error: --lang must be zh or en, not '{code}'");
                return ExitCodes.BadArguments;
            }

            using var host = TutorHost.CreateBuilder(parseResult, HostParts.Calculators | HostParts.Search | HostParts.Model).Build();

            // Started so that hosted services (the model, when one is configured) are loaded before asking.
            await host.StartAsync(cancellationToken);
            var previous = parseResult.GetValue(after) ?? [];
            var answer = await host.Services.GetRequiredService<IAskService>()
                .AskAsync(new AskRequest(text, language, ContextTurn.FromEntryIds(previous, language), "cli"), cancellationToken);
            Console.WriteLine(parseResult.GetValue(json) ? JsonSerializer.Serialize(AskAnswerJson.From(answer, language), CliJson.Options) : answer.Answer);
            await host.StopAsync(cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }
}
