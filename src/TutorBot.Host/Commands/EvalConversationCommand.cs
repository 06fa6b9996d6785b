using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Core.Ask.Evaluation;
using TutorBot.Core.Bank;
using TutorBot.Core.Conversation;
using TutorBot.Host.Cli;
using TutorBot.Host.Hosting;

namespace TutorBot.Host.Commands;

/// <summary>`tutorbot eval conversation`: multi-turn conversations played through the tutor, scored per turn.</summary>
public static class EvalConversationCommand
{
    public const string DefaultSet = "questionbank/eval/conversation.yaml";

    public static Command Create()
    {
        var set = new Option<string>("--set") { Description = $"Conversations (default: {DefaultSet})", DefaultValueFactory = _ => DefaultSet };
        var json = new Option<bool>("--json") { Description = "Print the numbers as JSON" };
        var misses = new Option<bool>("--misses") { Description = "Also list every turn read, answered or worded wrongly" };
        var command = new Command("conversation", "Play multi-turn conversations (follow-ups, topic switches, off-topic turns, near misses) through the tutor in a throwaway database; accuracy per kind and language, tune and holdout.")
        {
            set, json, misses,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(set)!;
            IReadOnlyList<EvalConversation> conversations;
            try
            {
                conversations = ConversationEvalSet.Read(await File.ReadAllTextAsync(path, cancellationToken));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                Console.Error.WriteLine($"error: {path}: {e.Message}");
                return ExitCodes.BadArguments;
            }

            var builder = TutorHost.CreateBuilder(parseResult);
            using var database = new ThrowawayDatabase("eval");
            database.Use(builder);
            using var host = builder.Build();
            await host.StartAsync(cancellationToken);
            var bank = host.Services.GetRequiredService<QuestionBank>();
            var unknown = conversations.SelectMany(c => c.Turns)
                .SelectMany(t => t.ExpectedIds.Where(id => bank.Find(id) is null).Select(id => $"{path}:{t.Line}: unknown entry id '{id}'"))
                .ToList();
            if (unknown.Count > 0)
            {
                unknown.ForEach(Console.Error.WriteLine);
                return ExitCodes.BadArguments;
            }

            var report = await ConversationEvaluator.EvaluateAsync(host.Services.GetRequiredService<ITutorService>(), host.Services.GetRequiredService<ChatLineParser>(), conversations, cancellationToken);
            Console.WriteLine(parseResult.GetValue(json)
                ? JsonSerializer.Serialize(ConversationReportJson.From(report), CliJson.Options)
                : ConversationReportText.Render(report, parseResult.GetValue(misses)));
            await host.StopAsync(cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }
}
