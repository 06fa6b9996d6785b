using TutorBot.Core.Conversation;
using TutorBot.Core.Conversation.Intents;

namespace TutorBot.Core.Tests.Conversation;

/// <summary>Replies carry their parts as fields, so that a front-end renders them without reading the text.</summary>
public sealed class StructuredReplyTests
{
    private readonly TutorHarness _tutor = new();

    [Fact]
    public async Task AQuestionCarriesItsPromptAndTopicApartFromTheHeader()
    {
        var question = (await _tutor.SayAsync("/interview inference 2")).Single(r => r.Kind == ReplyKind.Question);

        Assert.Equal("inference", question.Topic);
        Assert.Equal(_tutor.Bank.Find(question.EntryId!)!.Question.En, question.Prompt);
        Assert.EndsWith(question.Prompt!, question.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeedbackOnAFinishedQuestionCarriesTheReferenceAndNoScoreOrPointsInItsComment()
    {
        var question = (await _tutor.SayAsync("/interview inference 2")).Single(r => r.Kind == ReplyKind.Question);

        var feedback = (await _tutor.SayAsync(_tutor.AnswerTo(question, strong: true)))[0];

        Assert.Equal(ReplyKind.Feedback, feedback.Kind);
        Assert.Equal(_tutor.Bank.Find(question.EntryId!)!.Answer.En.Trim(), feedback.Reference);
        Assert.DoesNotContain("/10", feedback.Comment ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain(feedback.Reference!, feedback.Comment ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowReferenceGivesAnEntrysReferenceAnswerAndAnUnknownEntryAnError()
    {
        var entry = _tutor.Bank.Entries[0];

        var shown = Assert.Single(await _tutor.SendAsync(new ShowReference(entry.Id)));
        var unknown = Assert.Single(await _tutor.SendAsync(new ShowReference("no-such-entry")));

        Assert.Equal(entry.Answer.En.Trim(), shown.Reference);
        Assert.Contains(entry.Answer.En.Trim(), shown.Text, StringComparison.Ordinal);
        Assert.Equal(ReplyKind.Error, unknown.Kind);
    }
}
