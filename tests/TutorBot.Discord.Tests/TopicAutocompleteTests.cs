using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Core.Bank;
using TutorBot.Core.Phrasing;
using TutorBot.Discord.Tests.Fakes;
using TutorBot.Testing;

namespace TutorBot.Discord.Tests;

public sealed class TopicAutocompleteTests
{
    [Theory]
    [InlineData("")]
    [InlineData("TRANS")]
    [InlineData("a")]
    [InlineData("no such topic at all")]
    public async Task TheTopicOptionOffersTheBanksTopicsThatContainWhatWasTyped(string typed)
    {
        using var directory = new TempDirectory();
        await using var bot = await BotHarness.StartAsync(composition: () => RealComposition.Builder(directory.File("tutor.db")));
        var topics = bot.Host.Services.GetRequiredService<QuestionBank>().Topics;
        var autocomplete = Autocomplete(typed);

        await bot.SendInteractionAsync(autocomplete);
        await Eventually.TrueAsync(() => bot.Callbacks(autocomplete).Count == 1, "the autocomplete result");

        var callback = bot.Callbacks(autocomplete)[0].Json!;
        Assert.Equal(8, (int)callback["type"]!);
        var offered = callback["data"]!["choices"]!.AsArray().Select(c => ((string)c!["name"]!, (string)c["value"]!)).ToList();
        var expected = topics.Where(t => t.Contains(typed, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Equal(Math.Min(25, expected.Count), offered.Count);
        Assert.All(offered, o => Assert.Contains(o.Item2, expected));
        Assert.All(offered, o => Assert.Equal(o.Item1, o.Item2));
    }

    [Fact]
    public async Task TopicsThatStartWithWhatWasTypedComeFirst()
    {
        using var directory = new TempDirectory();
        await using var bot = await BotHarness.StartAsync(composition: () => RealComposition.Builder(directory.File("tutor.db")));
        var topics = bot.Host.Services.GetRequiredService<QuestionBank>().Topics;
        var typed = topics[0][..1];
        var autocomplete = Autocomplete(typed);

        await bot.SendInteractionAsync(autocomplete);
        await Eventually.TrueAsync(() => bot.Callbacks(autocomplete).Count == 1, "the autocomplete result");

        var offered = bot.Callbacks(autocomplete)[0].Json!["data"]!["choices"]!.AsArray().Select(c => (string)c!["value"]!).ToList();
        var starts = offered.TakeWhile(t => t.StartsWith(typed, StringComparison.OrdinalIgnoreCase)).Count();
        Assert.True(starts > 0);
        Assert.All(offered.Skip(starts), t => Assert.False(t.StartsWith(typed, StringComparison.OrdinalIgnoreCase), $"{t} came after a topic that does not start with '{typed}'"));
    }

    [Theory]
    [InlineData("量化", "量化 (quantization)", "quantization")]
    [InlineData("quant", "量化 (quantization)", "quantization")]
    [InlineData("分布式", "分布式训练 (distributed-training)", "distributed-training")]
    public async Task AChineseClientReadsTopicsByTheirChineseNamesAndCanTypeEither(string typed, string name, string value)
    {
        using var directory = new TempDirectory();
        await using var bot = await BotHarness.StartAsync(composition: () => RealComposition.Builder(directory.File("tutor.db")));
        var autocomplete = Autocomplete(typed);
        autocomplete["locale"] = "zh-CN";

        await bot.SendInteractionAsync(autocomplete);
        await Eventually.TrueAsync(() => bot.Callbacks(autocomplete).Count == 1, "the autocomplete result");

        var choice = Assert.Single(bot.Callbacks(autocomplete)[0].Json!["data"]!["choices"]!.AsArray())!;
        Assert.Equal((name, value), ((string)choice["name"]!, (string)choice["value"]!));
    }

    [Fact]
    public async Task EveryBankTopicHasAChineseName()
    {
        using var directory = new TempDirectory();
        await using var bot = await BotHarness.StartAsync(composition: () => RealComposition.Builder(directory.File("tutor.db")));
        var topics = bot.Host.Services.GetRequiredService<QuestionBank>().Topics;

        Assert.All(topics, topic => Assert.NotEqual(topic, Phrases.Topic(Language.Zh, topic)));
        Assert.All(topics, topic => Assert.Equal(topic, Phrases.Topic(Language.En, topic)));
    }

    [Fact]
    public async Task TheTopicOptionIsRegisteredForAutocomplete()
    {
        await using var bot = await BotHarness.StartAsync();

        var put = Assert.Single(bot.Discord.Rest.Where("PUT", $"/applications/{FakeDiscord.ApplicationId}/guilds/{InteractionPayloads.GuildId}/commands"));
        var start = put.Json!.AsArray().Single(c => (string)c!["name"]! == "interview")!["options"]![0]!;
        var topic = start["options"]!.AsArray().Single(o => (string)o!["name"]! == "topic")!;
        Assert.True((bool)topic["autocomplete"]!);
    }

    /// <summary>An APPLICATION_COMMAND_AUTOCOMPLETE interaction with the topic option focused, as Discord sends it while the user types.</summary>
    private static JsonObject Autocomplete(string typed) => InteractionPayloads.Interaction(4, new JsonObject
    {
        ["id"] = "999",
        ["name"] = "interview",
        ["type"] = 1,
        ["options"] = new JsonArray(new JsonObject
        {
            ["name"] = "start",
            ["type"] = 1,
            ["options"] = new JsonArray(
                new JsonObject { ["name"] = "count", ["type"] = 4, ["value"] = 2 },
                new JsonObject { ["name"] = "topic", ["type"] = 3, ["value"] = typed, ["focused"] = true }),
        }),
    });
}
