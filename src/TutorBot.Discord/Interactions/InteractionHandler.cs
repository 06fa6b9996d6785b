using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TutorBot.Core.Conversation;
using TutorBot.Discord.Privacy;
using TutorBot.Discord.Rendering;
using TutorBot.Discord.Rest;

namespace TutorBot.Discord.Interactions;

/// <summary>
/// Maps INTERACTION_CREATE to TutorService calls. Everything up to queuing runs synchronously, in gateway order:
/// the deferral (or modal, or ephemeral notice) goes out at once, and the TutorService work of one user runs in
/// arrival order behind it. Actions on an interview first pass its owner check, queued per user in arrival order too.
/// Replayed interactions are dropped by id.
/// </summary>
public sealed class InteractionHandler(
    ScopedTutor tutor,
    ReplySender sender,
    DiscordApi api,
    UserLimits limits,
    PerUserQueue queue,
    InterviewOwnership ownership,
    UnfinishedInteractions unfinished,
    PrivacyCommands privacy,
    EventDeduplicator deduplicator,
    IOptions<DiscordOptions> options,
    ILogger<InteractionHandler> logger)
{
    private readonly PerUserQueue _ownerChecks = new();

    public Task HandleAsync(JsonElement data)
    {
        var interaction = Interaction.TryParse(data);
        if (interaction is null)
        {
            logger.LogWarning("Ignored an interaction without id, token, channel or user");
            return Task.CompletedTask;
        }

        if (!deduplicator.FirstTime("interaction:" + interaction.Id))
        {
            logger.LogInformation("Ignored interaction {InteractionId}: already handled", interaction.Id);
            return Task.CompletedTask;
        }

        return (InteractionType)interaction.Type switch
        {
            InteractionType.ApplicationCommand => OnCommand(interaction),
            InteractionType.MessageComponent => OnButton(interaction),
            InteractionType.ModalSubmit => OnModal(interaction),
            _ => Unsupported(interaction, $"interaction type {interaction.Type}"),
        };
    }

    private Task OnCommand(Interaction interaction)
    {
        var command = CommandInvocation.TryParse(interaction.Data);
        if (command is null)
        {
            return Unsupported(interaction, "a command without a name");
        }

        var zh = interaction.Chinese;
        switch (command.Name)
        {
            // Started in a thread (or where no thread can be opened) the interview runs right here: someone else's there comes first.
            case "interview start":
                return OwnerOnly(interaction, interaction.ChannelId, _ => StartInterview(interaction, InterviewText(command), InterviewArguments(command)));
            case "review":
                return OwnerOnly(interaction, interaction.ChannelId, _ => StartInterview(interaction, "/review", new Dictionary<string, string>()));
            case "interview end":
                return OwnerOnly(interaction, InterviewChannel(interaction), channel => Run(interaction, channel, "/end"));
            case "hint":
                return OwnerOnly(interaction, InterviewChannel(interaction), channel => Run(interaction, channel, "/hint"));
            case "skip":
                return OwnerOnly(interaction, InterviewChannel(interaction), channel => Run(interaction, channel, "/skip"));
            case "privacy export":
                return privacy.ExportAsync(interaction);
            case "privacy delete":
                return privacy.AskToDeleteAsync(interaction);
            case "progress":
                return Run(interaction, interaction.ChannelId, "/progress");
            case "language" when command.Option("language") is { } language:
                return Run(interaction, interaction.ChannelId, "/lang " + language, new Dictionary<string, string> { ["language"] = language });
            case "calc" when command.Option("question") is { } question:
                return Run(interaction, interaction.ChannelId, "/calc " + question, new Dictionary<string, string> { ["question"] = question });
            case "ask" when command.Option("question") is { } question:
                return CooledDownOrRunAsync(interaction, () => Run(interaction, interaction.ChannelId, "/ask " + question, new Dictionary<string, string> { ["question"] = question }));
            case "grade" when command.Option("question") is { } question && command.Option("answer") is { } answer:
                if (answer.Length > options.Value.MaxAnswerLength)
                {
                    return sender.EphemeralAsync(interaction, TooLong(answer.Length, zh));
                }

                return CooledDownOrRunAsync(interaction, () => Run(interaction, interaction.ChannelId, "/grade",
                    new Dictionary<string, string> { ["question"] = question, ["answer"] = answer }));
            default:
                return Unsupported(interaction, $"command /{command.Name}");
        }
    }

    private Task OnButton(Interaction interaction)
    {
        var customId = interaction.Data.ValueKind == JsonValueKind.Object && interaction.Data.TryGetProperty("custom_id", out var id) ? id.GetString() : null;
        return customId switch
        {
            CustomIds.Answer => OwnerOnly(interaction, interaction.ChannelId, _ => OpenAnswerModalAsync(interaction)),
            CustomIds.Hint => OwnerOnly(interaction, interaction.ChannelId, channel => Run(interaction, channel, "/hint")),
            CustomIds.Skip => OwnerOnly(interaction, interaction.ChannelId, channel => Run(interaction, channel, "/skip")),
            CustomIds.End => OwnerOnly(interaction, interaction.ChannelId, channel => Run(interaction, channel, "/end")),
            PrivacyIds.ConfirmDelete or PrivacyIds.CancelDelete => privacy.OnButtonAsync(interaction, customId),
            _ => Unsupported(interaction, $"button {customId ?? "(no custom_id)"}"),
        };
    }

    private Task OnModal(Interaction interaction)
    {
        var customId = interaction.Data.ValueKind == JsonValueKind.Object && interaction.Data.TryGetProperty("custom_id", out var id) ? id.GetString() : null;
        if (customId != CustomIds.AnswerModal)
        {
            return Unsupported(interaction, $"modal {customId ?? "(no custom_id)"}");
        }

        var answer = ModalValues.Find(interaction.Data, CustomIds.AnswerText)?.Trim();
        var zh = interaction.Chinese;
        if (string.IsNullOrEmpty(answer))
        {
            return sender.EphemeralAsync(interaction, zh ? "回答是空的。" : "Your answer was empty.");
        }

        if (answer.Length > options.Value.MaxAnswerLength)
        {
            logger.LogWarning("Rejected a {Length}-character answer from user {UserId}", answer.Length, interaction.UserId);
            return sender.EphemeralAsync(interaction, TooLong(answer.Length, zh));
        }

        return OwnerOnly(interaction, interaction.ChannelId, channel => Run(interaction, channel, answer));
    }

    /// <summary>
    /// Runs <paramref name="act"/> when the user may act on the interview in the channel, else answers with an
    /// ephemeral refusal naming its owner. Checks of one user run in arrival order, so their actions stay in order.
    /// </summary>
    private Task OwnerOnly(Interaction interaction, string channelId, Func<string, Task> act)
    {
        Task? acting = null;
        var checkedOwner = _ownerChecks.Enqueue(interaction.UserId, async () =>
        {
            if (await RefusalAsync(interaction, channelId) is { } refusal)
            {
                logger.LogInformation("Refused interaction {InteractionId}: the interview in {ChannelId} is someone else's", interaction.Id, channelId);
                acting = sender.EphemeralAsync(interaction, refusal);
                return;
            }

            // Not awaited here: the next check of this user must not wait for this turn to be graded.
            acting = act(channelId);
        });
        return ThenAsync(checkedOwner, () => acting);
    }

    /// <summary>
    /// When the owners cannot be read the action goes ahead: the tutor only ever acts on the user's own interview, so
    /// the check is there to tell a bystander why nothing happens, not to guard the owner's data.
    /// </summary>
    private async Task<string?> RefusalAsync(Interaction interaction, string channelId)
    {
        try
        {
            return await ownership.RefusalAsync(interaction, channelId);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning("Could not read who owns the interview in {ChannelId}: {Error}", channelId, exception.Message);
            return null;
        }
    }

    private static async Task ThenAsync(Task first, Func<Task?> second)
    {
        await first;
        if (second() is { } next)
        {
            await next;
        }
    }

    private async Task OpenAnswerModalAsync(Interaction interaction)
    {
        try
        {
            await sender.RespondAsync(interaction, InterviewComponents.AnswerModal(options.Value.MaxAnswerLength));
        }
        catch (DiscordRestException exception)
        {
            logger.LogWarning("Could not open the answer modal for interaction {InteractionId}: {Error}", interaction.Id, exception.Message);
        }
    }

    /// <summary>Defers now; runs the TutorService call in the conversation's queue; edits the response with the replies.</summary>
    private Task Run(Interaction interaction, string channelId, string text, IReadOnlyDictionary<string, string>? arguments = null)
    {
        unfinished.Opened(interaction);
        var deferral = sender.DeferAsync(interaction);
        return queue.Enqueue(interaction.UserId, async () =>
        {
            try
            {
                if (!await AcknowledgedAsync(interaction, deferral))
                {
                    return;
                }

                var replies = await CallTutorAsync(interaction, () => tutor.HandleAsync(channelId, interaction.UserId, interaction.UserName, text, arguments));
                // Buttons act on the channel they sit in, so they go only under questions shown in the interview's own channel.
                var buttons = channelId == interaction.ChannelId;
                await DeliverAsync(interaction, () => sender.CompleteAsync(interaction, ReplyRenderer.Render(replies, buttons)));
            }
            finally
            {
                unfinished.Finished(interaction);
            }
        });
    }

    private Task StartInterview(Interaction interaction, string text, IReadOnlyDictionary<string, string> arguments)
    {
        var zh = interaction.Chinese;
        if (!limits.TryStartInterview(interaction.UserId, interaction.ChannelId))
        {
            var running = limits.ActiveInterview(interaction.UserId);
            return sender.EphemeralAsync(interaction, zh
                ? $"你已经有一场面试在 <#{running}> 进行中；先在那里用 /interview end 结束。"
                : $"You already have an interview running in <#{running}>; finish it or use /interview end there first.");
        }

        var deferral = sender.DeferAsync(interaction);
        return queue.Enqueue(interaction.UserId, async () =>
        {
            if (!await AcknowledgedAsync(interaction, deferral))
            {
                limits.EndInterviewIn(interaction.ChannelId);
                return;
            }

            var threadId = await OpenThreadAsync(interaction);
            limits.MoveInterview(interaction.UserId, threadId);
            var replies = await CallTutorAsync(interaction, () => tutor.HandleAsync(threadId, interaction.UserId, interaction.UserName, text, arguments));
            if (!replies.Any(r => r.Kind == ReplyKind.Question))
            {
                limits.EndInterviewIn(threadId);
            }

            var messages = ReplyRenderer.Render(replies, interviewButtons: true);
            if (threadId == interaction.ChannelId)
            {
                await DeliverAsync(interaction, () => sender.CompleteAsync(interaction, messages));
                return;
            }

            await DeliverAsync(interaction, async () =>
            {
                await sender.PostAsync(threadId, messages);
                await sender.CompleteAsync(interaction, [new DiscordMessage(zh ? $"面试在 <#{threadId}> 开始了。" : $"Your interview is in <#{threadId}>.")]);
            });
        });
    }

    /// <summary>A thread in a guild text channel; the channel itself in DMs and threads, or when a thread cannot be opened.</summary>
    private async Task<string> OpenThreadAsync(Interaction interaction)
    {
        if (interaction.GuildId is null || interaction.InThread)
        {
            return interaction.ChannelId;
        }

        try
        {
            var name = interaction.Chinese ? $"面试 · {interaction.UserName}" : $"Interview · {interaction.UserName}";
            return await api.StartThreadAsync(interaction.ChannelId, name, options.Value.ThreadAutoArchiveMinutes, CancellationToken.None);
        }
        catch (DiscordRestException exception)
        {
            logger.LogWarning("Could not open an interview thread in channel {ChannelId}; running in the channel: {Error}", interaction.ChannelId, exception.Message);
            return interaction.ChannelId;
        }
    }

    private string InterviewChannel(Interaction interaction) =>
        interaction.InThread ? interaction.ChannelId : limits.ActiveInterview(interaction.UserId) ?? interaction.ChannelId;

    private async Task<bool> AcknowledgedAsync(Interaction interaction, Task deferral)
    {
        try
        {
            await deferral;
            return true;
        }
        catch (DiscordRestException exception)
        {
            // Unanswered, the user sees "the application did not respond" and can try again; nothing was recorded.
            logger.LogWarning("Could not acknowledge interaction {InteractionId}; dropped it: {Error}", interaction.Id, exception.Message);
            return false;
        }
    }

    private async Task<IReadOnlyList<TutorReply>> CallTutorAsync(Interaction interaction, Func<Task<IReadOnlyList<TutorReply>>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "The tutor failed on interaction {InteractionId}", interaction.Id);
            return [new TutorReply(ReplyKind.Error, interaction.Chinese ? "处理时出错了，请再试一次。" : "Something went wrong while handling that; please try again.")];
        }
    }

    private async Task DeliverAsync(Interaction interaction, Func<Task> send)
    {
        try
        {
            await send();
        }
        catch (DiscordRestException exception)
        {
            logger.LogError("Could not deliver the reply to interaction {InteractionId}: {Error}", interaction.Id, exception.Message);
        }
    }

    private async Task CooledDownOrRunAsync(Interaction interaction, Func<Task> run)
    {
        if (await limits.TryStartModelRequestAsync(interaction.UserId, interaction.UserName) is not { } wait)
        {
            await run();
            return;
        }

        var seconds = Math.Ceiling(wait.TotalSeconds);
        await sender.EphemeralAsync(interaction, interaction.Chinese ? $"请等 {seconds} 秒再提问。" : $"Please wait {seconds} s before asking again.");
    }

    private Task Unsupported(Interaction interaction, string what)
    {
        logger.LogWarning("Unsupported {What} in interaction {InteractionId}", what, interaction.Id);
        if ((InteractionType)interaction.Type is InteractionType.Ping or InteractionType.ApplicationCommandAutocomplete)
        {
            return Task.CompletedTask;
        }

        return sender.EphemeralAsync(interaction, interaction.Chinese ? "这个操作已经不支持了。" : "That action is not supported (any more).");
    }

    private string TooLong(int length, bool zh) => zh
        ? $"回答有 {length} 个字符，上限是 {options.Value.MaxAnswerLength}。请缩短后再试。"
        : $"Your answer has {length} characters; the limit is {options.Value.MaxAnswerLength}. Shorten it and try again.";

    /// <summary>The console's /interview line for the slash command's options; minutes alone also mean timed.</summary>
    private static string InterviewText(CommandInvocation command)
    {
        var timed = command.Option("timed") == "true" || command.Option("minutes") is not null;
        return string.Join(' ', new[]
        {
            "/interview", command.Option("topic"), command.Option("count"), command.Option("language"),
            timed ? "timed" : null, timed ? command.Option("minutes") : null,
        }.Where(p => p is not null));
    }

    private static Dictionary<string, string> InterviewArguments(CommandInvocation command) =>
        command.Options.Where(o => o.Value.Length > 0).ToDictionary(o => o.Key, o => o.Value);
}
