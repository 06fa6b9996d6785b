using System.CommandLine;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TutorBot.Core.Bank;
using TutorBot.Core.Conversation;
using TutorBot.Host.Cli;
using TutorBot.Host.Hosting;

namespace TutorBot.Host.Commands;

public static class ChatCommand
{
    public const string Frontend = "console";

    public static Command Create()
    {
        var jsonl = new Option<bool>("--jsonl") { Description = "Print each reply as one JSON object per line (for scripts and tests)" };
        var user = new Option<string?>("--user") { Description = "Who is practising (default: the login name); each user has their own history" };
        var command = new Command(
            "chat",
            "Console chat: mock interviews, follow-ups, hints, reviews and progress; lines are read from stdin. Type /help.")
        {
            jsonl,
            user,
        };
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(parseResult, parseResult.GetValue(jsonl), parseResult.GetValue(user), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, bool jsonl, string? userName, CancellationToken cancellationToken)
    {
        var name = string.IsNullOrWhiteSpace(userName) ? DefaultUser() : userName.Trim();
        Console.OutputEncoding = new UTF8Encoding(false);
        using var host = TutorHost.CreateBuilder(parseResult, HostParts.Tutor).Build();
        await host.StartAsync(cancellationToken);

        var tutor = host.Services.GetRequiredService<TutorService>();
        var parser = host.Services.GetRequiredService<ChatLineParser>();
        var conversation = new ConversationKey(Frontend, name);
        var user = new UserRef(Frontend, name, name);
        var interactive = !Console.IsInputRedirected;
        if (interactive && !jsonl)
        {
            Console.WriteLine($"TutorBot ({name}). Type /interview to start, /help for commands, /quit to leave.");
        }

        Write(await tutor.ResumeAsync(conversation, user, cancellationToken), jsonl);
        while (!cancellationToken.IsCancellationRequested)
        {
            if (interactive && !jsonl)
            {
                Console.Write("> ");
            }

            var line = await Console.In.ReadLineAsync(cancellationToken);
            if (line is null || line.Trim() is "/quit" or "/exit")
            {
                break;
            }

            if (line.Trim().Length == 0)
            {
                continue;
            }

            Write(await tutor.HandleAsync(new TutorInput(conversation, user, parser.Parse(line)), cancellationToken), jsonl);
        }

        await host.StopAsync(CancellationToken.None);
        return ExitCodes.Ok;
    }

    private static void Write(IReadOnlyList<TutorReply> replies, bool jsonl)
    {
        foreach (var reply in replies)
        {
            if (jsonl)
            {
                Console.WriteLine(JsonSerializer.Serialize(ChatReplyJson.From(reply), CliJson.Compact));
                continue;
            }

            Console.WriteLine(reply.Text);
            Console.WriteLine();
        }

        Console.Out.Flush();
    }

    private static string DefaultUser() => string.IsNullOrWhiteSpace(Environment.UserName) ? "me" : Environment.UserName;
}
