using System.Text.Json.Nodes;
using TutorBot.Discord.Tests.Fakes;
using TutorBot.Testing;

namespace TutorBot.Discord.Tests;

/// <summary>Follow-ups by pronoun from two users of one channel, on the real composition: each is read against its own asker's conversation.</summary>
public sealed class TwoUsersConversationTests
{
    private const string Ada = "111111111111111111";
    private const string Bo = "222222222222222222";

    [Fact]
    public async Task TwoUsersAskingFollowUpsInTheSameChannelAtOnceEachGetAnswersFromTheirOwnContext()
    {
        using var directory = new TempDirectory();
        await using var bot = await BotHarness.StartAsync(composition: () => RealComposition.Builder(directory.File("tutor.db")));

        var adaOpening = Ask("How does DPO work?", Ada);
        var boOpening = Ask("What is PagedAttention?", Bo);
        await Task.WhenAll(bot.SendInteractionAsync(adaOpening), bot.SendInteractionAsync(boOpening));
        Assert.Contains("[dpo]", (await bot.EditedOriginalAsync(adaOpening)).Content);
        Assert.Contains("[paged-attention-vllm]", (await bot.EditedOriginalAsync(boOpening)).Content);

        var adaFollowup = Ask("what does beta do there?", Ada);
        var boFollowup = Ask("how does continuous batching relate to it?", Bo);
        await Task.WhenAll(bot.SendInteractionAsync(adaFollowup), bot.SendInteractionAsync(boFollowup));
        var adaAnswer = (await bot.EditedOriginalAsync(adaFollowup)).Content!;
        var boAnswer = (await bot.EditedOriginalAsync(boFollowup)).Content!;

        Assert.True(adaAnswer.Contains("[dpo]", StringComparison.Ordinal) || adaAnswer.Contains("[dpo-initial-loss-ln2]", StringComparison.Ordinal), adaAnswer);
        Assert.DoesNotContain("paged-attention", adaAnswer, StringComparison.Ordinal);
        Assert.Contains("[continuous-batching]", boAnswer, StringComparison.Ordinal);
        Assert.DoesNotContain("[dpo", boAnswer, StringComparison.Ordinal);
    }

    private static JsonObject Ask(string question, string userId) =>
        InteractionPayloads.SlashCommand("ask", new JsonObject { ["question"] = question }, userId: userId);
}
