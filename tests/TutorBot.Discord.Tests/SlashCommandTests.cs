using System.Text.Json.Nodes;
using TutorBot.Core.Bank;
using TutorBot.Core.Conversation.Intents;
using TutorBot.Core.Interview;
using TutorBot.Discord.Tests.Fakes;

namespace TutorBot.Discord.Tests;

public sealed class SlashCommandTests
{
    [Fact]
    public async Task SlashCommandsAreRegisteredToTheConfiguredGuildByBulkOverwrite()
    {
        await using var bot = await BotHarness.StartAsync();

        var put = Assert.Single(bot.Discord.Rest.Where("PUT", $"/applications/{FakeDiscord.ApplicationId}/guilds/{InteractionPayloads.GuildId}/commands"));
        var names = put.Json!.AsArray().Select(c => (string)c!["name"]!).ToList();
        Assert.Equal(["interview", "hint", "skip", "ask", "grade", "calc", "progress", "review", "language", "privacy"], names);
        var interview = put.Json!.AsArray().Single(c => (string)c!["name"]! == "interview")!;
        Assert.Equal(["start", "end"], interview["options"]!.AsArray().Select(o => (string)o!["name"]!));
    }

    [Theory]
    [InlineData(true, null, 3)]
    [InlineData(true, 5, 5)]
    [InlineData(null, 5, 5)]
    [InlineData(false, null, null)]
    public async Task TheTimedAndMinutesOptionsStartATimedInterview(bool? timed, int? minutes, int? minutesPerQuestion)
    {
        await using var bot = await BotHarness.StartAsync();
        var options = new JsonObject { ["topic"] = "transformer", ["count"] = 2, ["language"] = "en" };
        if (timed is { } on)
        {
            options["timed"] = on;
        }

        if (minutes is { } value)
        {
            options["minutes"] = value;
        }

        var start = InteractionPayloads.SlashCommand("interview", options, subcommand: "start");
        await bot.SendInteractionAsync(start);
        await bot.EditedOriginalAsync(start);

        var intent = Assert.IsType<StartInterview>(bot.Interview.Inputs[0].Intent);
        Assert.Equal(("transformer", 2, Language.En), (intent.Topic, intent.Count, intent.Language));
        var plan = InterviewPlanBuilder.Build(intent, new InterviewOptions(), _ => true)!;
        Assert.Equal(minutesPerQuestion, plan.TimePerQuestion?.TotalMinutes);
        var put = Assert.Single(bot.Discord.Rest.Where("PUT", $"/applications/{FakeDiscord.ApplicationId}/guilds/{InteractionPayloads.GuildId}/commands"));
        var startOptions = put.Json!.AsArray().Single(c => (string)c!["name"]! == "interview")!["options"]![0]!["options"]!.AsArray();
        Assert.Equal(["topic", "count", "language", "timed", "minutes"], startOptions.Select(o => (string)o!["name"]!));
    }

    [Fact]
    public async Task WithoutAGuildCommandsAreRegisteredGlobally()
    {
        await using var bot = await BotHarness.StartAsync(o => o.GuildId = "");

        Assert.Single(bot.Discord.Rest.Where("PUT", $"/applications/{FakeDiscord.ApplicationId}/commands"));
    }

    [Fact]
    public async Task ASlashCommandIsDeferredThenItsOriginalResponseCarriesTheTutorReply()
    {
        await using var bot = await BotHarness.StartAsync();
        var ask = InteractionPayloads.SlashCommand("ask", new JsonObject { ["question"] = "why sqrt dk" });

        await bot.SendInteractionAsync(ask);
        var edit = await bot.EditedOriginalAsync(ask);

        var callback = Assert.Single(bot.Callbacks(ask));
        Assert.Equal(5, (int)callback.Json!["type"]!);
        Assert.True(callback.At <= edit.At);
        Assert.Contains("why sqrt dk", edit.Content);
        var input = Assert.Single(bot.Interview.Inputs);
        Assert.Equal(new TutorBot.Core.Conversation.ConversationKey("discord", InteractionPayloads.ChannelId), input.Conversation);
        Assert.Equal(InteractionPayloads.UserId, input.User.UserId);
        Assert.Equal(new AskQuestion("why sqrt dk"), input.Intent);
    }

    [Fact]
    public async Task GradeSendsItsQuestionAndAnswerAsArgumentsAndShowsAScoreBar()
    {
        await using var bot = await BotHarness.StartAsync();
        var grade = InteractionPayloads.SlashCommand("grade", new JsonObject { ["question"] = "What is RoPE?", ["answer"] = "rotary position embedding" });

        await bot.SendInteractionAsync(grade);
        var edit = await bot.EditedOriginalAsync(grade);

        var embed = Assert.Single(edit.Embeds);
        Assert.Contains("███████░░░ 7.0/10", (string)embed["description"]!);
        Assert.Contains("✅ Covered: • variance grows with d_k", edit.Text);
        Assert.Contains("❌ Missed: • softmax saturation", edit.Text);
        var input = Assert.Single(bot.Interview.Inputs);
        Assert.Equal(new GradeAnswer("What is RoPE?", "rotary position embedding"), input.Intent);
    }

    [Fact]
    public async Task ProgressAttachesTheChartAsAMultipartFile()
    {
        using var directory = new TutorBot.Testing.TempDirectory();
        var chart = Path.Combine(directory.Path, "progress.png");
        await File.WriteAllBytesAsync(chart, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        await using var bot = await BotHarness.StartAsync(tutor: new FakeInterviewTutor { ProgressChartPath = chart });
        var progress = InteractionPayloads.SlashCommand("progress");

        await bot.SendInteractionAsync(progress);
        var edit = await bot.EditedOriginalAsync(progress);

        Assert.Equal(["progress.png"], edit.FileNames);
        Assert.Equal("progress.png", (string)edit.Json!["attachments"]![0]!["filename"]!);
    }

    [Fact]
    public async Task ASlowTutorDoesNotDelayTheDeferral()
    {
        var slow = new TaskCompletionSource();
        await using var bot = await BotHarness.StartAsync(tutor: new FakeInterviewTutor { Hold = slow.Task });
        var ask = InteractionPayloads.SlashCommand("ask", new JsonObject { ["question"] = "what is a KV cache" });
        var sent = DateTimeOffset.UtcNow;

        await bot.SendInteractionAsync(ask);
        await Eventually.TrueAsync(() => bot.Callbacks(ask).Count == 1, "the deferral", TimeSpan.FromSeconds(3));
        Assert.True(bot.Callbacks(ask)[0].At - sent < TimeSpan.FromSeconds(3), "the deferral missed Discord's 3 s deadline");
        await Task.Delay(200);
        Assert.Empty(bot.Discord.Rest.Where("PATCH", "@original"));
        Assert.Equal(5, (int)bot.Callbacks(ask)[0].Json!["type"]!);

        slow.SetResult();
        var edit = await bot.EditedOriginalAsync(ask);
        Assert.Contains("what is a KV cache", edit.Content);
    }
}
