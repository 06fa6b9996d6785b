using System.Text.Json.Nodes;
using TutorBot.Core.Conversation.Intents;
using TutorBot.Discord.Interactions;

namespace TutorBot.Discord.Tests.Fakes;

/// <summary>INTERACTION_CREATE payloads as Discord documents them (guild interactions carry member.user).</summary>
public static class InteractionPayloads
{
    public const string GuildId = "333";
    public const string ChannelId = "444";
    public const string UserId = "555";

    private static int _counter;

    public static string NextId() => (700_000_000_000_000_000 + Interlocked.Increment(ref _counter)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static JsonObject SlashCommand(string name, JsonObject? options = null, string? subcommand = null, string channelId = ChannelId, int channelType = 0, string userId = UserId, string userName = "Ada")
    {
        var optionList = new JsonArray();
        foreach (var (key, value) in options ?? [])
        {
            optionList.Add(new JsonObject { ["name"] = key, ["type"] = value is JsonValue v && v.TryGetValue<int>(out _) ? 4 : 3, ["value"] = value?.DeepClone() });
        }

        var data = new JsonObject { ["id"] = "999", ["name"] = name, ["type"] = 1 };
        if (subcommand is null)
        {
            data["options"] = optionList;
        }
        else
        {
            data["options"] = new JsonArray(new JsonObject { ["name"] = subcommand, ["type"] = 1, ["options"] = optionList });
        }

        return Interaction(2, data, channelId, channelType, userId, userName);
    }

    public static JsonObject Button(string customId, string channelId, int channelType = 11, string userId = UserId, string userName = "Ada") =>
        Interaction(3, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 }, channelId, channelType, userId, userName);

    /// <summary>A modal submit as Discord sends it for a text input wrapped in a Label (type 18): the label's one component carries the value.</summary>
    public static JsonObject ModalSubmit(string answer, string channelId, int channelType = 11, string customId = "tutor:answer-modal", string userId = UserId, string userName = "Ada") =>
        Interaction(5, new JsonObject
        {
            ["custom_id"] = customId,
            ["components"] = new JsonArray(new JsonObject
            {
                ["type"] = 18,
                ["id"] = 1,
                ["component"] = new JsonObject { ["type"] = 4, ["id"] = 2, ["custom_id"] = "answer", ["value"] = answer },
            }),
        }, channelId, channelType, userId, userName);

    /// <summary>A press on one of the buttons under a question (CustomIds.Answer, Hint, Skip or End) for that prompt.</summary>
    public static JsonObject InterviewButton(string action, QuestionRef question, string channelId, string userId = UserId, string userName = "Ada") =>
        Button(CustomIds.For(action, question), channelId, userId: userId, userName: userName);

    /// <summary>The answer modal of a prompt, submitted.</summary>
    public static JsonObject AnswerModal(string answer, QuestionRef question, string channelId, string userId = UserId, string userName = "Ada") =>
        ModalSubmit(answer, channelId, customId: CustomIds.For(CustomIds.AnswerModal, question), userId: userId, userName: userName);

    public static JsonObject Interaction(int type, JsonObject data, string channelId = ChannelId, int channelType = 0, string userId = UserId, string userName = "Ada") => new()
    {
        ["id"] = NextId(),
        ["application_id"] = FakeDiscord.ApplicationId,
        ["type"] = type,
        ["data"] = data,
        ["guild_id"] = GuildId,
        ["channel_id"] = channelId,
        ["channel"] = new JsonObject { ["id"] = channelId, ["type"] = channelType },
        ["member"] = new JsonObject { ["user"] = new JsonObject { ["id"] = userId, ["username"] = userName.ToLowerInvariant(), ["global_name"] = userName } },
        ["token"] = "interaction-token-" + Guid.NewGuid().ToString("N"),
        ["version"] = 1,
        ["locale"] = "en-US",
    };
}
