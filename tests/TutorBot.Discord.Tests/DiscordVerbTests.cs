using TutorBot.Discord.Tests.Fakes;
using TutorBot.Testing;

namespace TutorBot.Discord.Tests;

/// <summary>`tutorbot discord`, run as the real executable.</summary>
public sealed class DiscordVerbTests
{
    [Fact]
    public async Task AMissingTokenIsAOneLineErrorWithExitCodeTwo()
    {
        using var directory = new TempDirectory();

        var result = await TutorbotProcess.RunAsync(["discord", "--db", directory.File("tutor.db")], new Dictionary<string, string> { ["TUTORBOT__DISCORD__TOKEN"] = "" }, TimeSpan.FromSeconds(60));

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error:", line);
        Assert.Contains("TUTORBOT__DISCORD__TOKEN", line);
    }

    [Fact]
    public async Task ARejectedTokenStopsTheVerbWithExitCodeOneAndTheTokenIsNeverPrinted()
    {
        using var directory = new TempDirectory();
        await using var discord = await FakeDiscord.StartAsync(BotHarness.NewToken());
        var wrongToken = BotHarness.NewToken();

        var result = await TutorbotProcess.RunAsync(
            ["discord", "--db", directory.File("tutor.db")],
            new Dictionary<string, string>
            {
                ["TUTORBOT__DISCORD__TOKEN"] = wrongToken,
                ["TUTORBOT__DISCORD__APIBASEURL"] = discord.ApiBaseUrl,
                ["TUTORBOT__LOGGING__LOGLEVEL__DEFAULT"] = "Trace",
            },
            TimeSpan.FromSeconds(60));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error: Discord answered 401", result.StdErr);
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongToken, result.StdErr + result.StdOut, StringComparison.Ordinal);
        Assert.Contains(discord.Rest.Requests, r => r.Status == 401);
    }
}
