using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TutorBot.Discord.Tests.Fakes;

namespace TutorBot.Discord.Tests;

public sealed partial class CommandLocalizationTests
{
    [Fact]
    public async Task EveryRegisteredCommandOptionAndChoiceCarriesAChineseLocalizationAndNoMixedString()
    {
        await using var bot = await BotHarness.StartAsync();

        var put = Assert.Single(bot.Discord.Rest.Where("PUT", $"/applications/{FakeDiscord.ApplicationId}/guilds/{InteractionPayloads.GuildId}/commands"));
        var described = Described(put.Json!.AsArray()).ToList();
        var choices = put.Json!.AsArray().SelectMany(c => Descendants(c!)).Where(n => n["choices"] is not null)
            .SelectMany(n => n["choices"]!.AsArray()).Select(c => c!.AsObject()).ToList();

        Assert.True(described.Count > 20, $"only {described.Count} commands and options were found");
        Assert.NotEmpty(choices);
        foreach (var node in described)
        {
            AssertLocalized(node, "description");
        }

        foreach (var choice in choices)
        {
            AssertLocalized(choice, "name");
        }
    }

    [Fact]
    public async Task EveryRegisteredNameIsOneLowercaseWordAsDiscordRequires()
    {
        await using var bot = await BotHarness.StartAsync();

        var put = Assert.Single(bot.Discord.Rest.Where("PUT", $"/applications/{FakeDiscord.ApplicationId}/guilds/{InteractionPayloads.GuildId}/commands"));
        foreach (var node in Described(put.Json!.AsArray()))
        {
            var names = new[] { (string)node["name"]! }.Concat(node["name_localizations"]?.AsObject().Select(l => (string)l.Value!) ?? []);
            Assert.All(names, name => Assert.Matches(CommandName(), name));
            Assert.All(names, name => Assert.Equal(name.ToLowerInvariant(), name));
        }
    }

    private static void AssertLocalized(JsonObject node, string field)
    {
        var english = (string)node[field]!;
        var chinese = (string?)node[$"{field}_localizations"]?["zh-CN"];
        Assert.False(string.IsNullOrWhiteSpace(chinese), $"'{english}' has no zh-CN {field}");
        Assert.Matches(Cjk(), chinese!);
        Assert.DoesNotMatch(Cjk(), english);
        Assert.DoesNotContain(" / ", english);
        Assert.InRange(english.Length, 1, 100);
        Assert.InRange(chinese!.Length, 1, 100);
    }

    /// <summary>Commands, subcommands and options: everything with a description.</summary>
    private static IEnumerable<JsonObject> Described(JsonArray commands) =>
        commands.SelectMany(c => Descendants(c!)).Where(n => n["description"] is not null);

    private static IEnumerable<JsonObject> Descendants(JsonNode node)
    {
        var self = node.AsObject();
        yield return self;
        foreach (var option in self["options"]?.AsArray() ?? [])
        {
            foreach (var descendant in Descendants(option!))
            {
                yield return descendant;
            }
        }
    }

    [GeneratedRegex(@"^[-_\p{L}\p{N}]{1,32}$")]
    private static partial Regex CommandName();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Cjk();
}
