using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TutorBot.Core.Conversation;
using TutorBot.Core.Conversation.Intents;
using TutorBot.Core.Interview;
using TutorBot.Core.Phrasing;
using TutorBot.Discord.Privacy;
using TutorBot.Discord.Rendering;
using TutorBot.Discord.Rest;

namespace TutorBot.Discord.Interactions;

/// <summary>
/// Maps INTERACTION_CREATE to TutorService calls. Everything up to queuing runs synchronously, in gateway order:
/// the deferral (or modal, or ephemeral notice) goes out at once, and the TutorService work of one user runs in
/// arrival order behind it. Actions on an interview first pass its owner check, queued per user in arrival order too.
/// Every action becomes a typed intent: buttons and the answer modal name the prompt they act on, and the tutor
/// answers a stale one with "that question has moved on", shown to the user alone. Replayed interactions are
/// dropped by id.
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
    TopicAutocomplete topics,
    EventDeduplicator deduplicator,
    IOptions<DiscordOptions> options,
    ILogger<InteractionHandler> logger)
{
    private static readonly TimeSpan OpenCheckBudget = TimeSpan.FromSeconds(1.5);

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
            InteractionType.ApplicationCommandAutocomplete => OnAutocompleteAsync(interaction),
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

        switch (command.Name)
        {
            // Started in a thread (or where no thread can be opened) the interview runs right here: someone else's there comes first.
            case "interview start":
                return StartOnly(interaction, SlashIntents.StartInterview(command));
            case "review":
                return StartOnly(interaction, new StartInterview(InterviewMode.Review));
            case "interview end":
                return OwnerOnly(interaction, () => InterviewChannelAsync(interaction), channel => Run(interaction, channel, new EndInterview()));
            case "hint":
                return OwnerOnly(interaction, () => InterviewChannelAsync(interaction), channel => Run(interaction, channel, new RequestHint()));
            case "skip":
                return OwnerOnly(interaction, () => InterviewChannelAsync(interaction), channel => Run(interaction, channel, new SkipQuestion()));
            case "privacy export":
                return privacy.ExportAsync(interaction);
            case "privacy delete":
                return privacy.AskToDeleteAsync(interaction);
            case "progress":
                return Run(interaction, interaction.ChannelId, new ShowProgress());
            case "language" when command.Option("language") is { } language:
                return Run(interaction, interaction.ChannelId, SlashIntents.SetLanguage(language));
            case "calc" when command.Option("question") is { } question:
                return Run(interaction, interaction.ChannelId, new Calculate(question));
            case "ask" when command.Option("question") is { } question:
                return CooledDownOrRunAsync(interaction, () => Run(interaction, interaction.ChannelId, new AskQuestion(question)));
            case "grade" when command.Option("question") is { } question && command.Option("answer") is { } answer:
                if (answer.Length > options.Value.MaxAnswerLength)
                {
                    return sender.EphemeralAsync(interaction, TooLong(interaction, answer.Length));
                }

                return CooledDownOrRunAsync(interaction, () => Run(interaction, interaction.ChannelId, new GradeAnswer(question, answer)));
            default:
                return Unsupported(interaction, $"command /{command.Name}");
        }
    }

    private async Task OnAutocompleteAsync(Interaction interaction)
    {
        try
        {
            await sender.RespondAsync(interaction, topics.Respond(interaction.Data, interaction.Language));
        }
        catch (DiscordRestException exception)
        {
            logger.LogWarning("Could not answer the autocomplete of interaction {InteractionId}: {Error}", interaction.Id, exception.Message);
        }
    }

    private Task OnButton(Interaction interaction)
    {
        var customId = CustomId(interaction);
        if (customId is PrivacyIds.ConfirmDelete or PrivacyIds.CancelDelete)
        {
            return privacy.OnButtonAsync(interaction, customId);
        }

        if (customId?.StartsWith(CustomIds.Reference, StringComparison.Ordinal) == true)
        {
            return Run(interaction, interaction.ChannelId, new ShowReference(customId[CustomIds.Reference.Length..]), ephemeral: true);
        }

        Task<string> Here() => Task.FromResult(interaction.ChannelId);
        return CustomIds.TryParse(customId) switch
        {
            (CustomIds.Answer, var question) => OwnerOnly(interaction, Here, _ => OpenAnswerModalAsync(interaction, question), () => MovedOnAsync(interaction, question)),
            (CustomIds.Hint, var question) => OwnerOnly(interaction, Here, channel => Run(interaction, channel, new RequestHint(question))),
            (CustomIds.Skip, var question) => OwnerOnly(interaction, Here, channel => Run(interaction, channel, new SkipQuestion(question))),
            (CustomIds.End, var question) => OwnerOnly(interaction, Here, channel => Run(interaction, channel, new EndInterview(question.InterviewId))),
            _ => Unsupported(interaction, $"button {customId ?? "(no custom_id)"}"),
        };
    }

    private Task OnModal(Interaction interaction)
    {
        var customId = CustomId(interaction);
        if (CustomIds.TryParse(customId) is not (CustomIds.AnswerModal, var question))
        {
            return Unsupported(interaction, $"modal {customId ?? "(no custom_id)"}");
        }

        var answer = ModalValues.Find(interaction.Data, CustomIds.AnswerText)?.Trim();
        if (string.IsNullOrEmpty(answer))
        {
            return sender.EphemeralAsync(interaction, Phrases.AnswerEmpty(interaction.Language));
        }

        if (answer.Length > options.Value.MaxAnswerLength)
        {
            logger.LogWarning("Rejected a {Length}-character answer from user {UserId}", answer.Length, interaction.UserId);
            return sender.EphemeralAsync(interaction, TooLong(interaction, answer.Length));
        }

        // Graded as an answer whatever it looks like: a modal answer is never read as a command or a question.
        return OwnerOnly(interaction, () => Task.FromResult(interaction.ChannelId), channel => Run(interaction, channel, new AnswerQuestion(question, answer)));
    }

    /// <summary>
    /// Runs <paramref name="act"/> when the user may act on the interview in the channel, else answers with an
    /// ephemeral refusal naming its owner. Checks of one user run in arrival order, so their actions stay in order.
    /// </summary>
    private Task OwnerOnly(Interaction interaction, Func<Task<string>> channelOf, Func<string, Task> act, Func<Task<string?>>? otherRefusal = null)
    {
        Task? acting = null;
        var checkedOwner = _ownerChecks.Enqueue(interaction.UserId, async () =>
        {
            var channelId = await channelOf();
            if (await RefusalAsync(interaction, channelId) is { } refusal)
            {
                logger.LogInformation("Refused interaction {InteractionId}: the interview in {ChannelId} is someone else's", interaction.Id, channelId);
                acting = sender.EphemeralAsync(interaction, refusal);
                return;
            }

            if (otherRefusal is not null && await otherRefusal() is { } other)
            {
                acting = sender.EphemeralAsync(interaction, other);
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

    /// <summary>
    /// Null while the prompt is open; else the tutor's "moved on", so no answer is written in vain. A modal must open
    /// within Discord's 3 seconds, so when the tutor is busy with the user's previous turn the modal opens unchecked:
    /// the submitted answer is checked in any case.
    /// </summary>
    private async Task<string?> MovedOnAsync(Interaction interaction, QuestionRef question)
    {
        try
        {
            var check = tutor.HandleAsync(interaction.ChannelId, interaction.UserId, interaction.UserName, new OpenAnswer(question));
            if (await Task.WhenAny(check, Task.Delay(OpenCheckBudget)) != check)
            {
                return null;
            }

            return (await check).FirstOrDefault(r => r.MovedOn)?.Text;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning("Could not tell whether the question of interaction {InteractionId} is still open: {Error}", interaction.Id, exception.Message);
            return null;
        }
    }

    private async Task OpenAnswerModalAsync(Interaction interaction, QuestionRef question)
    {
        try
        {
            await sender.RespondAsync(interaction, InterviewComponents.AnswerModal(interaction.Language, options.Value.MaxAnswerLength, question));
        }
        catch (DiscordRestException exception)
        {
            logger.LogWarning("Could not open the answer modal for interaction {InteractionId}: {Error}", interaction.Id, exception.Message);
        }
    }

    /// <summary>
    /// Defers now; runs the TutorService call in the user's queue; edits the response with the replies, or, when the
    /// intent named a prompt that has moved on, replaces it with a notice only the user sees.
    /// </summary>
    private Task Run(Interaction interaction, string channelId, TutorIntent intent, bool ephemeral = false)
    {
        unfinished.Opened(interaction);
        var deferral = sender.DeferAsync(interaction, ephemeral);
        return queue.Enqueue(interaction.UserId, async () =>
        {
            try
            {
                if (!await AcknowledgedAsync(interaction, deferral))
                {
                    return;
                }

                var replies = await CallTutorAsync(interaction, () => tutor.HandleAsync(channelId, interaction.UserId, interaction.UserName, intent));
                if (replies.FirstOrDefault(r => r.MovedOn) is { } movedOn)
                {
                    logger.LogInformation("Interaction {InteractionId} named a question that has moved on; nothing changed", interaction.Id);
                    await DeliverAsync(interaction, () => sender.CompleteEphemeralAsync(interaction, movedOn.Text));
                    return;
                }

                // Buttons act on the channel they sit in, so they go only under questions shown in the interview's own channel.
                var buttons = channelId == interaction.ChannelId;
                var messages = ReplyRenderer.Render(replies, buttons);
                await DeliverAsync(interaction, () => sender.CompleteAsync(interaction, ephemeral ? messages.Select(m => m with { Ephemeral = true }).ToList() : messages));
            }
            finally
            {
                unfinished.Finished(interaction);
            }
        });
    }

    /// <summary>
    /// Starts an interview unless the user already runs one (the tutor's rule, read from storage): checked before
    /// anything is sent, and again in the user's queue, so two quick starts never open two threads.
    /// </summary>
    private Task StartOnly(Interaction interaction, StartInterview intent) =>
        OwnerOnly(interaction, () => Task.FromResult(interaction.ChannelId), _ => StartInterview(interaction, intent), () => AlreadyRunningAsync(interaction));

    private Task StartInterview(Interaction interaction, StartInterview intent)
    {
        var deferral = sender.DeferAsync(interaction);
        return queue.Enqueue(interaction.UserId, async () =>
        {
            if (!await AcknowledgedAsync(interaction, deferral))
            {
                return;
            }

            if (await AlreadyRunningAsync(interaction) is { } refusal)
            {
                await DeliverAsync(interaction, () => sender.CompleteEphemeralAsync(interaction, refusal));
                return;
            }

            var threadId = await OpenThreadAsync(interaction);
            var replies = await CallTutorAsync(interaction, () => tutor.HandleAsync(threadId, interaction.UserId, interaction.UserName, intent));
            var messages = ReplyRenderer.Render(replies, interviewButtons: true);
            if (threadId == interaction.ChannelId)
            {
                await DeliverAsync(interaction, () => sender.CompleteAsync(interaction, messages));
                return;
            }

            await DeliverAsync(interaction, async () =>
            {
                await sender.PostAsync(threadId, messages);
                await sender.CompleteAsync(interaction, [new DiscordMessage(Phrases.InterviewIsIn(interaction.Language, Mention.Channel(threadId)))]);
            });
        });
    }

    /// <summary>Null when the user runs no interview; else a notice naming where it runs. When storage cannot be read, the tutor decides.</summary>
    private async Task<string?> AlreadyRunningAsync(Interaction interaction)
    {
        string? running;
        try
        {
            running = await tutor.RunningInterviewChannelAsync(interaction.UserId, interaction.UserName);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning("Could not read where the interview of user {UserId} runs: {Error}", interaction.UserId, exception.Message);
            return null;
        }

        return running is null ? null : Phrases.AlreadyRunning(interaction.Language, Mention.Channel(running));
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
            var name = Phrases.ThreadName(interaction.Language, interaction.UserName);
            return await api.StartThreadAsync(interaction.ChannelId, name, options.Value.ThreadAutoArchiveMinutes, CancellationToken.None);
        }
        catch (DiscordRestException exception)
        {
            logger.LogWarning("Could not open an interview thread in channel {ChannelId}; running in the channel: {Error}", interaction.ChannelId, exception.Message);
            return interaction.ChannelId;
        }
    }

    /// <summary>Slash commands act on the thread they are used in; elsewhere on the channel of the user's running interview.</summary>
    private async Task<string> InterviewChannelAsync(Interaction interaction)
    {
        if (interaction.InThread)
        {
            return interaction.ChannelId;
        }

        try
        {
            return await tutor.RunningInterviewChannelAsync(interaction.UserId, interaction.UserName) ?? interaction.ChannelId;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning("Could not read where the interview of user {UserId} runs: {Error}", interaction.UserId, exception.Message);
            return interaction.ChannelId;
        }
    }

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
            return [new TutorReply(ReplyKind.Error, Phrases.SomethingWentWrong(interaction.Language))];
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
        await sender.EphemeralAsync(interaction, Phrases.WaitBeforeAsking(interaction.Language, seconds));
    }

    private Task Unsupported(Interaction interaction, string what)
    {
        logger.LogWarning("Unsupported {What} in interaction {InteractionId}", what, interaction.Id);
        if ((InteractionType)interaction.Type is InteractionType.Ping)
        {
            return Task.CompletedTask;
        }

        return sender.EphemeralAsync(interaction, Phrases.NotSupported(interaction.Language));
    }

    private string TooLong(Interaction interaction, int length) => Phrases.AnswerTooLong(interaction.Language, length, options.Value.MaxAnswerLength);

    private static string? CustomId(Interaction interaction) =>
        interaction.Data.ValueKind == JsonValueKind.Object && interaction.Data.TryGetProperty("custom_id", out var id) ? id.GetString() : null;
}
