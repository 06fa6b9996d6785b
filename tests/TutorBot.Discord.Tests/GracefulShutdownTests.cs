using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TutorBot.Discord.Tests.Fakes;
using TutorBot.Testing;

namespace TutorBot.Discord.Tests;

/// <summary>SIGTERM and host stops: the gateway is closed with 1000, turns under way finish or are handed back.</summary>
public sealed class GracefulShutdownTests
{
    [Fact]
    public async Task SigtermDuringAnAnswerClosesTheGatewayWith1000StoresTheAnswerAndExitsZero()
    {
        using var directory = new TempDirectory();
        var database = directory.File("tutor.db");
        await using var discord = await FakeDiscord.StartAsync(BotHarness.NewToken());
        discord.Gateway.HeartbeatIntervalMs = 1000;
        using var process = CliRunner.Start(
            ["discord", "--db", database],
            environment: new Dictionary<string, string>
            {
                ["TUTORBOT__DISCORD__TOKEN"] = discord.Token,
                ["TUTORBOT__DISCORD__APIBASEURL"] = discord.ApiBaseUrl,
                ["TUTORBOT__DISCORD__GUILDID"] = InteractionPayloads.GuildId,
            },
            dll: TutorbotProcess.Dll);
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        try
        {
            await Eventually.TrueAsync(() => discord.Gateway.IsReady, "tutorbot discord to identify", TimeSpan.FromSeconds(90));
            var threadId = await StartInterviewAsync(discord);
            const string Answer = "Scaling by the square root of d_k keeps the dot products' variance near one, so softmax does not saturate.";
            var answer = InteractionPayloads.AnswerModal(Answer, discord.Rest.LatestQuestion()!, threadId);
            var release = new TaskCompletionSource();
            discord.Rest.DelayNext("POST", $"/interactions/{(string)answer["id"]!}/", release.Task);

            await discord.Gateway.DispatchAsync("INTERACTION_CREATE", answer);
            await Eventually.TrueAsync(() => discord.Rest.Requests.Any(r => r.Is("POST", $"/interactions/{(string)answer["id"]!}/")), "the answer's deferral, held by Discord");
            Signal(process, "TERM");
            await Eventually.TrueAsync(() => discord.Gateway.ClientCloseCodes.Count > 0, "the gateway to be closed");
            release.SetResult();

            using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(exit.Token);
            var log = await stderr;
            Assert.True(process.ExitCode == 0, $"exit code {process.ExitCode}\n{log}");
            Assert.Equal([1000], discord.Gateway.ClientCloseCodes);
            var reply = discord.Rest.Where("PATCH", $"/webhooks/{FakeDiscord.ApplicationId}/{(string)answer["token"]!}/messages/@original");
            Assert.Contains("/10", Assert.Single(reply).Text, StringComparison.Ordinal);
            Assert.Equal(1L, StoredRows.Scalar(database, "SELECT count(*) FROM answers WHERE text = $text;", ("$text", Answer)));
            Assert.True(!File.Exists(database + "-wal") || new FileInfo(database + "-wal").Length == 0, "the write-ahead log was checkpointed into the database");
            Assert.DoesNotContain("   at ", log, StringComparison.Ordinal);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await stdout;
        }
    }

    [Fact]
    public async Task ATurnStillRunningAfterTheShutdownTimeoutIsHandedBackToItsUser()
    {
        var slow = new TaskCompletionSource();
        await using var bot = await BotHarness.StartAsync(o => o.ShutdownTimeout = TimeSpan.FromMilliseconds(300), tutor: new FakeInterviewTutor { Hold = slow.Task });
        var ask = InteractionPayloads.SlashCommand("ask", new JsonObject { ["question"] = "why scale by √d_k?" });
        await bot.SendInteractionAsync(ask);
        await Eventually.TrueAsync(() => bot.Interview.Inputs.Count == 1, "the turn to start");

        var stopwatch = Stopwatch.StartNew();
        await bot.Host.StopAsync();

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"stopping took {stopwatch.Elapsed}");
        Assert.Equal([1000], bot.Discord.Gateway.ClientCloseCodes);
        Assert.Contains("restarting", (await bot.EditedOriginalAsync(ask)).Content, StringComparison.Ordinal);
        slow.SetResult();
    }

    private static async Task<string> StartInterviewAsync(FakeDiscord discord)
    {
        var start = InteractionPayloads.SlashCommand("interview", new JsonObject { ["topic"] = "transformer", ["count"] = 2, ["language"] = "en" }, subcommand: "start");
        await discord.Gateway.DispatchAsync("INTERACTION_CREATE", start);
        RecordedRequest? started = null;
        await Eventually.TrueAsync(
            () => (started = discord.Rest.Where("PATCH", (string)start["token"]! + "/messages/@original").FirstOrDefault()) is not null,
            "the interview to start",
            TimeSpan.FromSeconds(30));
        var threadId = Regex.Match(started!.Content!, @"<#(\d+)>").Groups[1].Value;
        await Eventually.TrueAsync(() => discord.Rest.Where("POST", $"/channels/{threadId}/messages").Count > 0, "the first question in the thread");
        return threadId;
    }

    private static void Signal(Process process, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-" + signal, process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }
}
