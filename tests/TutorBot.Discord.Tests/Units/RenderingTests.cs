using TutorBot.Core.Bank;
using TutorBot.Core.Conversation;
using TutorBot.Core.Conversation.Intents;
using TutorBot.Core.Interview;
using TutorBot.Core.Phrasing;
using TutorBot.Discord.Rendering;

namespace TutorBot.Discord.Tests.Units;

public sealed class RenderingTests
{
    private static readonly QuestionRef Open = new(Guid.NewGuid(), 2, 0);

    [Theory]
    [InlineData(0, "░░░░░░░░░░ 0.0/10")]
    [InlineData(7, "███████░░░ 7.0/10")]
    [InlineData(8.5, "█████████░ 8.5/10")]
    [InlineData(12, "██████████ 10.0/10")]
    public void TheScoreBarHasTenCells(double score, string expected)
    {
        Assert.Equal(expected, ScoreBar.Render(score));
    }

    [Fact]
    public void AChineseQuestionGetsAChineseHeadingAndChineseButtons()
    {
        var reply = new TutorReply(ReplyKind.Question, "为什么要除以√dk？") { Language = Language.Zh, QuestionNumber = 2, QuestionCount = 5, Question = Open };

        var message = Assert.Single(ReplyRenderer.Render([reply], interviewButtons: true));

        Assert.StartsWith("**第 2/5 题**", message.Content);
        var labels = message.ToJson()["components"]![0]!["components"]!.AsArray().Select(b => (string)b!["label"]!);
        Assert.Equal(["回答", "提示", "跳过", "结束"], labels);
    }

    [Fact]
    public void ALongReplyBecomesSeveralMessagesAndOnlyTheLastCarriesButtonsAndTheFile()
    {
        var text = string.Join('\n', Enumerable.Repeat(new string('k', 150), 40));
        var reply = new TutorReply(ReplyKind.Question, text) { AttachmentPath = "/tmp/chart.png", Question = Open };

        var messages = ReplyRenderer.Render([reply], interviewButtons: true);

        Assert.True(messages.Count >= 3);
        Assert.All(messages, m => Assert.True(m.Content.Length <= 2000));
        Assert.All(messages.SkipLast(1), m => Assert.True(m.Components is null && m.AttachmentPath is null));
        Assert.NotNull(messages[^1].Components);
        Assert.Equal("/tmp/chart.png", messages[^1].AttachmentPath);
    }

    [Fact]
    public void AQuestionIsRenderedFromItsFieldsWithTheCatalogsHeaderNotFromItsText()
    {
        var question = new TutorReply(ReplyKind.Question, "text the console shows") { QuestionNumber = 1, QuestionCount = 2, Topic = "transformer", Prompt = "What is GQA?" };
        var probe = question with { Language = Language.Zh, FollowupKind = FollowupKind.Probe, IsFollowup = true, Prompt = "共享的是什么？" };

        Assert.Equal("**Question 1/2 [transformer]:**\nWhat is GQA?", ReplyRenderer.Format(question));
        Assert.Equal($"**{Phrases.FollowupHeader(Language.Zh, FollowupKind.Probe, 1, 2)}**\n共享的是什么？", ReplyRenderer.Format(probe));
    }

    [Fact]
    public void MessagesNeverPingAnyone()
    {
        var json = new DiscordMessage("@everyone look").ToJson();

        Assert.Empty(json["allowed_mentions"]!["parse"]!.AsArray());
    }
}
