using System.Text.Json.Nodes;
using TutorBot.Core.Bank;
using TutorBot.Core.Conversation;
using TutorBot.Discord.Interactions;
using TutorBot.Discord.Rendering;

namespace TutorBot.Discord.Tests.Units;

/// <summary>Feedback renders as an embed from the reply's fields, always within Discord's embed limits.</summary>
public sealed class FeedbackEmbedTests
{
    private static readonly TutorReply Feedback = new(ReplyKind.Feedback, "the console's text, which the embed never reads")
    {
        Score = 7,
        QuestionNumber = 2,
        QuestionCount = 5,
        Covered = ["variance grows with d_k"],
        Missed = ["softmax saturation"],
        Citations = ["attention-scaling"],
        Comment = "Good start; say why the variance matters.",
        Reference = "Dividing by √d_k keeps the logits' variance at one.",
        EntryId = "attention-scaling",
    };

    [Fact]
    public void FeedbackBecomesAnEmbedWithATitleAColouredScoreBarAndAFieldPerListAndCitation()
    {
        var message = Assert.Single(ReplyRenderer.Render([Feedback], interviewButtons: true));
        var json = message.ToJson();
        var embed = json["embeds"]![0]!;

        Assert.Equal("", message.Content);
        Assert.Equal("Feedback · question 2/5", (string)embed["title"]!);
        Assert.Equal("`███████░░░ 7.0/10`\n\nGood start; say why the variance matters.", (string)embed["description"]!);
        Assert.Equal(0xF1C40F, (int)embed["color"]!);
        Assert.Equal(
            ["✅ Covered=• variance grows with d_k", "❌ Missed=• softmax saturation", "Source 1=attention-scaling"],
            embed["fields"]!.AsArray().Select(f => $"{f!["name"]}={f["value"]}"));
        Assert.DoesNotContain("console", json.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheReferenceIsFoldedBehindAShowReferenceButtonNamingTheEntry()
    {
        var json = Assert.Single(ReplyRenderer.Render([Feedback with { Language = Language.Zh }], interviewButtons: true)).ToJson();

        var button = json["components"]![0]!["components"]![0]!;
        Assert.Equal("查看参考答案", (string)button["label"]!);
        Assert.Equal("tutor:reference:attention-scaling", (string)button["custom_id"]!);
        Assert.DoesNotContain("√d_k", json.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("反馈 · 第 2/5 题", (string)json["embeds"]![0]!["title"]!);
    }

    [Theory]
    [InlineData(9, 0x2ECC71)]
    [InlineData(5, 0xF1C40F)]
    [InlineData(2, 0xE74C3C)]
    public void TheColourFollowsTheScore(double score, int colour)
    {
        Assert.Equal(colour, (int)FeedbackEmbed.Build(Feedback with { Score = score })["color"]!);
    }

    [Fact]
    public void AnOversizedReplyIsCutToEveryEmbedLimit()
    {
        var huge = Feedback with
        {
            QuestionNumber = int.MaxValue,
            Comment = string.Join('\n', Enumerable.Repeat(new string('c', 90), 200)),
            Covered = Enumerable.Repeat(new string('k', 120), 40).ToList(),
            Missed = Enumerable.Repeat(new string('m', 120), 40).ToList(),
            Citations = Enumerable.Range(0, 60).Select(i => new string('s', 300) + i).ToList(),
            EntryId = new string('e', 90),
        };

        var message = Assert.Single(ReplyRenderer.Render([huge], interviewButtons: true));
        var embed = FeedbackEmbed.Build(huge);
        var fields = embed["fields"]!.AsArray();

        Assert.InRange(((string)embed["title"]!).Length, 1, EmbedLimits.Title);
        Assert.InRange(((string)embed["description"]!).Length, 1, EmbedLimits.Description);
        Assert.StartsWith("`███████░░░ 7.0/10`", (string)embed["description"]!);
        Assert.InRange(fields.Count, 3, EmbedLimits.Fields);
        Assert.All(fields, f => Assert.InRange(((string)f!["name"]!).Length, 1, EmbedLimits.FieldName));
        Assert.All(fields, f => Assert.InRange(((string)f!["value"]!).Length, 1, EmbedLimits.FieldValue));
        Assert.InRange(TotalLength(embed), 1, EmbedLimits.Total);
        Assert.Null(message.Components);
    }

    [Fact]
    public void ShowReferenceIdsStayWithinDiscordsHundredCharacters()
    {
        Assert.Equal(100, CustomIds.ReferenceFor(new string('e', 84))!.Length);
        Assert.Null(CustomIds.ReferenceFor(new string('e', 85)));
    }

    private static int TotalLength(JsonObject embed) =>
        ((string)embed["title"]!).Length + ((string)embed["description"]!).Length
        + embed["fields"]!.AsArray().Sum(f => ((string)f!["name"]!).Length + ((string)f["value"]!).Length);
}
