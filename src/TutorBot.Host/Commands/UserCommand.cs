using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Core.Persistence;
using TutorBot.Host.Cli;
using TutorBot.Host.Hosting;

namespace TutorBot.Host.Commands;

/// <summary>A user's own data: everything stored about them as JSON, or all of it erased.</summary>
public static class UserCommand
{
    public static Command Create()
    {
        var user = new Command("user", "See or erase what is stored about a user.");
        user.Subcommands.Add(Export());
        user.Subcommands.Add(Delete());
        return user;
    }

    private static Command Export()
    {
        var name = NameArgument();
        var frontend = FrontendOption();
        var output = new Option<string?>("--out") { Description = "Write the JSON to FILE instead of standard output" };
        var command = new Command("export", "Print every stored row of a user (interviews, answers, grades, review state) as JSON.") { name, frontend, output };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = TutorHost.CreateBuilder(parseResult, HostParts.Storage).Build();
            var (who, where) = (parseResult.GetValue(name)!, parseResult.GetValue(frontend)!);
            var export = await host.Services.GetRequiredService<IUserDataRepository>().ExportAsync(where, who, cancellationToken);
            if (export is null)
            {
                return NoSuchUser(who, where);
            }

            var json = UserDataExportJson.Serialize(export);
            if (parseResult.GetValue(output) is not { } file)
            {
                Console.WriteLine(json);
                return ExitCodes.Ok;
            }

            try
            {
                File.WriteAllText(file, json + Environment.NewLine);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
            {
                Console.Error.WriteLine($"error: --out: cannot write '{file}': {OneLine.From(ex.Message)}");
                return ExitCodes.Failed;
            }

            Console.WriteLine($"wrote {export.Tables.Values.Sum(rows => rows.Count)} rows about {where}:{who} to {file}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Delete()
    {
        var name = NameArgument();
        var frontend = FrontendOption();
        var command = new Command("delete", "Delete every stored row of a user, in one transaction.") { name, frontend };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = TutorHost.CreateBuilder(parseResult, HostParts.Storage).Build();
            var (who, where) = (parseResult.GetValue(name)!, parseResult.GetValue(frontend)!);
            var deleted = await host.Services.GetRequiredService<IUserDataRepository>().DeleteAsync(where, who, cancellationToken);
            if (deleted == 0)
            {
                return NoSuchUser(who, where);
            }

            Console.WriteLine($"deleted {deleted} rows about {where}:{who}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Argument<string> NameArgument() => new("NAME") { Description = "The user: the console --user name, or a Discord user id with --frontend discord" };

    private static Option<string> FrontendOption()
    {
        var option = new Option<string>("--frontend") { Description = "Where the user practises: console (default) or discord", DefaultValueFactory = _ => ChatCommand.Frontend };
        option.AcceptOnlyFromAmong(ChatCommand.Frontend, "discord");
        return option;
    }

    private static int NoSuchUser(string name, string frontend)
    {
        Console.Error.WriteLine($"error: nothing is stored about user '{OneLine.From(name)}' ({frontend})");
        return ExitCodes.Failed;
    }
}
