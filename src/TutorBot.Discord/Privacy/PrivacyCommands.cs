using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TutorBot.Core.Persistence;
using TutorBot.Core.Phrasing;
using TutorBot.Discord.Interactions;
using TutorBot.Discord.Rendering;
using TutorBot.Discord.Rest;

namespace TutorBot.Discord.Privacy;

/// <summary>
/// /privacy export hands the user everything stored about them as an ephemeral JSON file (the same export as
/// `tutorbot user export`); /privacy delete asks for a button press, then erases it all (as `tutorbot user delete`).
/// Both run in the user's queue, after any turn of theirs still under way.
/// </summary>
public sealed class PrivacyCommands(
    IServiceProvider services,
    DiscordApi api,
    PerUserQueue queue,
    ILogger<PrivacyCommands> logger)
{
    /// <summary>Resolved on use: a composition without storage (the adapter's own tests) still starts.</summary>
    private IUserDataRepository Repository => services.GetRequiredService<IUserDataRepository>();

    public Task ExportAsync(Interaction interaction)
    {
        var deferral = api.RespondAsync(interaction.Id, interaction.Token, new JsonObject
        {
            ["type"] = (int)InteractionCallbackType.DeferredChannelMessageWithSource,
            ["data"] = new JsonObject { ["flags"] = DiscordMessage.EphemeralFlag },
        }, CancellationToken.None);
        return queue.Enqueue(interaction.UserId, () => SafelyAsync(interaction, deferral, async () =>
        {
            var language = interaction.Language;
            var export = await Repository.ExportAsync(ScopedTutor.Frontend, interaction.UserId);
            if (export is null)
            {
                await EditAsync(interaction, new DiscordMessage(Phrases.NothingStored(language)));
                return;
            }

            var fileName = $"tutorbot-{interaction.UserId}.json";
            var rows = export.Tables.Values.Sum(table => table.Count);
            var text = Phrases.EverythingStored(language, rows);
            var attachment = new DiscordAttachment(fileName, Encoding.UTF8.GetBytes(UserDataExportJson.Serialize(export)));
            await api.EditOriginalAsync(interaction.ApplicationId, interaction.Token, new DiscordMessage(text) { AttachmentPath = fileName }.ToJson(), attachment, CancellationToken.None);
        }));
    }

    public async Task AskToDeleteAsync(Interaction interaction)
    {
        var language = interaction.Language;
        var prompt = new DiscordMessage(Phrases.ConfirmDelete(language))
        {
            Ephemeral = true,
            Components = () => new JsonArray(new JsonObject
            {
                ["type"] = 1,
                ["components"] = new JsonArray(
                    Button(4, Phrases.DeleteEverythingButton(language), PrivacyIds.ConfirmDelete),
                    Button(2, Phrases.CancelButton(language), PrivacyIds.CancelDelete)),
            }),
        };
        await RespondSafelyAsync(interaction, new JsonObject { ["type"] = (int)InteractionCallbackType.ChannelMessageWithSource, ["data"] = prompt.ToJson() });
    }

    public Task OnButtonAsync(Interaction interaction, string customId)
    {
        var language = interaction.Language;
        if (customId == PrivacyIds.CancelDelete)
        {
            return RespondSafelyAsync(interaction, new JsonObject
            {
                ["type"] = (int)InteractionCallbackType.UpdateMessage,
                ["data"] = Final(Phrases.NothingDeleted(language)).ToJson(),
            });
        }

        var deferral = api.RespondAsync(interaction.Id, interaction.Token, new JsonObject { ["type"] = (int)InteractionCallbackType.DeferredUpdateMessage }, CancellationToken.None);
        return queue.Enqueue(interaction.UserId, () => SafelyAsync(interaction, deferral, async () =>
        {
            var deleted = await Repository.DeleteAsync(ScopedTutor.Frontend, interaction.UserId);
            logger.LogInformation("Deleted {Rows} stored rows of a Discord user on their request", deleted);
            await EditAsync(interaction, Final(Phrases.DeletedRows(language, deleted)));
        }));
    }

    private static DiscordMessage Final(string text) => new(text) { Components = () => [] };

    private Task EditAsync(Interaction interaction, DiscordMessage message) =>
        api.EditOriginalAsync(interaction.ApplicationId, interaction.Token, message.ToJson(), null, CancellationToken.None);

    private async Task SafelyAsync(Interaction interaction, Task deferral, Func<Task> work)
    {
        try
        {
            await deferral;
            await work();
        }
        catch (DiscordRestException exception)
        {
            logger.LogWarning("Privacy request {InteractionId} failed on Discord: {Error}", interaction.Id, exception.Message);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Privacy request {InteractionId} failed", interaction.Id);
            var text = Phrases.PrivacyFailed(interaction.Language);
            await ReportFailureAsync(interaction, text);
        }
    }

    private async Task ReportFailureAsync(Interaction interaction, string text)
    {
        try
        {
            await EditAsync(interaction, Final(text));
        }
        catch (DiscordRestException exception)
        {
            logger.LogWarning("Could not report the failure of {InteractionId}: {Error}", interaction.Id, exception.Message);
        }
    }

    private async Task RespondSafelyAsync(Interaction interaction, JsonObject response)
    {
        try
        {
            await api.RespondAsync(interaction.Id, interaction.Token, response, CancellationToken.None);
        }
        catch (DiscordRestException exception)
        {
            logger.LogWarning("Could not answer interaction {InteractionId}: {Error}", interaction.Id, exception.Message);
        }
    }

    private static JsonObject Button(int style, string label, string customId) => new()
    {
        ["type"] = 2,
        ["style"] = style,
        ["label"] = label,
        ["custom_id"] = customId,
    };
}
