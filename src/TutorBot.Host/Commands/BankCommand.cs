using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.BankFiles;
using TutorBot.Core.Bank;
using TutorBot.Core.Grading;
using TutorBot.Host.Cli;
using TutorBot.Host.Hosting;

namespace TutorBot.Host.Commands;

public static class BankCommand
{
    public static Command Create()
    {
        var bank = new Command("bank", "Check and browse the question bank.");
        bank.Subcommands.Add(Validate());
        bank.Subcommands.Add(List());
        bank.Subcommands.Add(Show());
        return bank;
    }

    private static Command Validate()
    {
        var directory = new Argument<string?>("DIR") { Description = "Question bank directory (default: Bank:Path, ./questionbank)", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("validate", "Check every bank file and lint its aliases (none may echo the question or be common across the bank); list each error as file:line:column and exit 1 if there is any.") { directory };
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(directory) ?? BankPath(parseResult);
            var result = BankLoader.Load(path);
            using var host = TutorHost.CreateBuilder(parseResult, HostParts.Search).Build();
            var analyzer = host.Services.GetRequiredService<ITextAnalyzer>();
            var errors = result.Errors.Concat(BankLinter.Lint(result.Bank, analyzer.Terms)).ToList();
            foreach (var error in errors)
            {
                Console.Error.WriteLine(error);
            }

            if (errors.Count > 0)
            {
                Console.Error.WriteLine($"{errors.Count} error(s) in {path}");
                return ExitCodes.Failed;
            }

            Console.WriteLine($"{path}: {result.Bank.Entries.Count} entries in {result.Bank.Topics.Count} topics, no errors");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List()
    {
        var json = new Option<bool>("--json") { Description = "Print a JSON array of entries" };
        var command = new Command("list", "List the bank's entries.") { json };
        command.SetAction(parseResult =>
        {
            var bank = LoadOrReport(parseResult, out var exitCode);
            if (bank is null)
            {
                return exitCode;
            }

            if (parseResult.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(bank.Entries.Select(BankEntryJson.From), CliJson.Options));
                return ExitCodes.Ok;
            }

            foreach (var entry in bank.Entries)
            {
                Console.WriteLine($"{entry.Id,-44} {entry.Topic,-14} {entry.Kind.ToString().ToLowerInvariant(),-11} d{entry.Difficulty}  {entry.Question.En}");
            }

            Console.WriteLine($"{bank.Entries.Count} entries");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show()
    {
        var id = new Argument<string>("ID") { Description = "Entry id, e.g. attention-scaling-sqrt-dk" };
        var json = new Option<bool>("--json") { Description = "Print the entry as JSON" };
        var command = new Command("show", "Show one entry in both languages.") { id, json };
        command.SetAction(parseResult =>
        {
            var bank = LoadOrReport(parseResult, out var exitCode);
            if (bank is null)
            {
                return exitCode;
            }

            var entry = bank.Find(parseResult.GetValue(id)!);
            if (entry is null)
            {
                Console.Error.WriteLine($"error: no entry with id '{parseResult.GetValue(id)}' (see `tutorbot bank list`)");
                return ExitCodes.BadArguments;
            }

            Console.WriteLine(parseResult.GetValue(json)
                ? JsonSerializer.Serialize(BankEntryJson.From(entry), CliJson.Options)
                : BankEntryText.Render(entry));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string BankPath(ParseResult parseResult) =>
        TutorHost.CreateBuilder(parseResult, HostParts.None).Configuration[$"{BankOptions.SectionName}:Path"] ?? new BankOptions().Path;

    private static QuestionBank? LoadOrReport(ParseResult parseResult, out int exitCode)
    {
        var result = BankLoader.Load(BankPath(parseResult));
        exitCode = result.IsValid ? ExitCodes.Ok : ExitCodes.Failed;
        foreach (var error in result.Errors)
        {
            Console.Error.WriteLine(error);
        }

        return result.IsValid ? result.Bank : null;
    }
}
