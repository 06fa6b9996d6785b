using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TutorBot.Core.Bank;
using TutorBot.Core.Grading;
using TutorBot.Core.Search;
using TutorBot.Host.Cli;
using TutorBot.Host.Hosting;

namespace TutorBot.Host.Commands;

public static class GradeCommand
{
    public static Command Create()
    {
        var id = new Option<string?>("--id") { Description = "Bank entry to grade against (see `tutorbot bank list`)" };
        var question = new Option<string?>("--question") { Description = "The question; without --reference the bank entry is found by search" };
        var reference = new Option<string?>("--reference") { Description = "A reference answer to grade against (no key points)" };
        var answer = new Option<string>("--answer") { Description = "The answer to grade; '-' reads it from standard input", Required = true };
        var lang = new Option<string?>("--lang") { Description = "Language of the feedback: zh or en (default: the answer's)" };
        var json = new Option<bool>("--json") { Description = "Print {id, score, covered, missing, feedback, method} as JSON" };
        var command = new Command("grade", "Grade an answer: score 0-10, key points covered and missed, feedback.")
        {
            id, question, reference, answer, lang, json,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var answerText = parseResult.GetValue(answer) ?? "";
            if (answerText == "-")
            {
                answerText = await Console.In.ReadToEndAsync(cancellationToken);
            }

            var entryId = parseResult.GetValue(id);
            var questionText = parseResult.GetValue(question);
            var referenceText = parseResult.GetValue(reference);
            if (entryId is null == questionText is null)
            {
                return Fail(ExitCodes.BadArguments, "give exactly one of --id or --question");
            }

            if (entryId is not null && referenceText is not null)
            {
                return Fail(ExitCodes.BadArguments, "--reference goes with --question, not with --id");
            }

            Language? language = null;
            if (parseResult.GetValue(lang) is { } code)
            {
                if (!LanguageDetector.TryParse(code, out var parsed))
                {
                    return Fail(ExitCodes.BadArguments, $"--lang must be zh or en, not '{code}'");
                }

                language = parsed;
            }

            using var host = TutorHost.CreateBuilder(parseResult, HostParts.Calculators | HostParts.Search | HostParts.Model).Build();

            // Started so that the model, when one is configured, is loaded for the judge.
            await host.StartAsync(cancellationToken);
            BankEntry? entry;
            try
            {
                entry = entryId is not null
                    ? host.Services.GetRequiredService<QuestionBank>().Find(entryId)
                    : referenceText is null ? FindByQuestion(host, questionText!) : null;
            }
            catch (InvalidBankException e)
            {
                return Fail(ExitCodes.Failed, e.Message.Split('\n')[0]);
            }

            if (entry is null && referenceText is null)
            {
                return entryId is not null
                    ? Fail(ExitCodes.BadArguments, $"no entry with id '{entryId}' (see `tutorbot bank list`)")
                    : Fail(ExitCodes.Failed, "no bank entry matches the question; give a reference answer with --reference");
            }

            var userLanguage = language ?? LanguageDetector.Detect(answerText, LanguageDetector.Detect(questionText ?? entry?.Question.Zh, Language.En));
            var request = new GradeRequest(entry, questionText ?? entry!.Question.For(userLanguage), referenceText, answerText, userLanguage);
            var result = await host.Services.GetRequiredService<IAnswerGrader>().GradeAsync(request, cancellationToken);
            Print(result, entry, parseResult.GetValue(json));
            await host.StopAsync(cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static BankEntry? FindByQuestion(IHost host, string question)
    {
        var search = host.Services.GetService<IQuestionSearch>();
        var hit = search?.Search(question, 1).FirstOrDefault();
        return hit is not null && search!.IsRelevant(hit) ? hit.Entry : null;
    }

    private static void Print(GradeResult result, BankEntry? entry, bool asJson)
    {
        var method = string.Join('+', result.Methods);
        if (asJson)
        {
            Console.WriteLine(JsonSerializer.Serialize(
                new
                {
                    Id = entry?.Id,
                    result.Score,
                    Covered = result.Covered.Select(c => new { Id = c.KeyPointId, c.Evidence }),
                    Missing = result.Missed,
                    result.Feedback,
                    Method = method,
                    result.Confidence,
                },
                CliJson.Options));
            return;
        }

        Console.WriteLine($"{(entry is null ? "" : entry.Id + ": ")}{result.Score:0.0}/10  ({method}, confidence {result.Confidence:0.00})");
        foreach (var covered in result.Covered)
        {
            Console.WriteLine($"  + {covered.KeyPointId}: \"{covered.Evidence}\"");
        }

        foreach (var missed in result.Missed)
        {
            Console.WriteLine($"  - {missed}");
        }

        Console.WriteLine();
        Console.WriteLine(result.Feedback);
    }

    private static int Fail(int exitCode, string message)
    {
        Console.Error.WriteLine($"error: {message}");
        return exitCode;
    }
}
