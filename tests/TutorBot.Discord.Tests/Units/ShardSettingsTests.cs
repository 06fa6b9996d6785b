using TutorBot.Discord.Gateway;
using TutorBot.Discord.Gateway.Sharding;

namespace TutorBot.Discord.Tests.Units;

public sealed class ShardSettingsTests
{
    [Theory]
    [InlineData("0-3", new[] { 0, 1, 2, 3 })]
    [InlineData("4,5", new[] { 4, 5 })]
    [InlineData(" 0-1 , 6 ", new[] { 0, 1, 6 })]
    [InlineData("2,2,1-2", new[] { 1, 2 })]
    [InlineData("7", new[] { 7 })]
    public void ShardsAreRangesAndIdsSeparatedByCommas(string text, int[] expected) =>
        Assert.Equal(expected, ShardSelection.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void NoShardsMeansAllOfThem(string? text) => Assert.Null(ShardSelection.Parse(text));

    [Theory]
    [InlineData("3-1", "Discord:Shards '3-1': the range '3-1' runs backwards")]
    [InlineData("a", "Discord:Shards 'a': 'a' is not a shard id or a range such as 0-3")]
    [InlineData("1,,2", "Discord:Shards '1,,2': '' is not a shard id or a range such as 0-3")]
    [InlineData("-1", "Discord:Shards '-1': '-1' is not a shard id or a range such as 0-3")]
    [InlineData("0-1-2", "Discord:Shards '0-1-2': '0-1-2' is not a shard id or a range such as 0-3")]
    public void BadShardsAreNamedInOneLine(string text, string message) =>
        Assert.Equal(message, Assert.Throws<FormatException>(() => ShardSelection.Parse(text)).Message);

    [Theory]
    [InlineData("auto", null)]
    [InlineData("AUTO", null)]
    [InlineData("", null)]
    [InlineData("4", 4)]
    [InlineData("16384", 16384)]
    public void TheShardCountIsAutoOrANumber(string text, int? expected) => Assert.Equal(expected, ShardCountSetting.Parse(text));

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("many")]
    [InlineData("16385")]
    public void ABadShardCountIsRefused(string text) =>
        Assert.StartsWith($"Discord:ShardCount '{text}' must be 'auto' or a number", Assert.Throws<FormatException>(() => ShardCountSetting.Parse(text)).Message);

    [Theory]
    [InlineData("auto", "", 3, 3, new[] { 0, 1, 2 })]
    [InlineData("auto", "1", 2, 2, new[] { 1 })]
    [InlineData("8", "4-7", 1, 8, new[] { 4, 5, 6, 7 })]
    [InlineData("auto", "", 0, 1, new[] { 0 })]
    public void ThePlanTakesTheCountFromDiscordWhenAuto(string count, string shards, int recommended, int expectedCount, int[] expectedIds)
    {
        var plan = ShardPlan.Resolve(new DiscordOptions { ShardCount = count, Shards = shards }, recommended);

        Assert.Equal(expectedCount, plan.Count);
        Assert.Equal(expectedIds, plan.Ids);
    }

    [Fact]
    public void AShardBeyondTheAutoCountStopsTheBotWithItsReason() =>
        Assert.Equal(
            "Discord:Shards names shard 4, but the bot has 4 shards (0-3)",
            Assert.Throws<GatewayFatalException>(() => ShardPlan.Resolve(new DiscordOptions { Shards = "2-4" }, 4)).Message);

    [Theory]
    [InlineData("4", "0-3", null)]
    [InlineData("4", "3-5", "Discord:Shards names shard 4, but Discord:ShardCount is 4")]
    [InlineData("x", "", "Discord:ShardCount 'x' must be 'auto' or a number from 1 to 16384")]
    public void OptionsValidationCatchesShardsOutsideAFixedCount(string count, string shards, string? error)
    {
        var results = new DiscordOptions { ShardCount = count, Shards = shards }.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(new object())).ToList();

        Assert.Equal(error, results.SingleOrDefault()?.ErrorMessage);
    }
}
