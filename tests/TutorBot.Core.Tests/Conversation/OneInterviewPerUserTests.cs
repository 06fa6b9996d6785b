using TutorBot.Core.Bank;
using TutorBot.Core.Conversation;
using TutorBot.Core.Conversation.Intents;
using TutorBot.Core.Interview;
using TutorBot.Core.Phrasing;

namespace TutorBot.Core.Tests.Conversation;

/// <summary>A user runs one interview at a time, whichever conversation or front-end they start it from.</summary>
public sealed class OneInterviewPerUserTests
{
    private static readonly UserRef Ada = TutorHarness.User();
    private static readonly ConversationKey Here = new("discord", "thread-1");
    private static readonly ConversationKey There = new("discord", "thread-2");

    [Fact]
    public async Task AnInterviewInAnotherConversationIsRefusedWhileOneRunsAndAllowedOnceItEnds()
    {
        var tutor = new TutorHarness();
        await StartAsync(tutor, Here);

        var refused = Assert.Single(await StartAsync(tutor, There));
        Assert.Equal(ReplyKind.Error, refused.Kind);
        Assert.Equal(Phrases.RunningElsewhere(Language.En), refused.Text);
        Assert.Single(tutor.Store.Sessions());

        await tutor.Service.HandleAsync(new TutorInput(Here, Ada, new EndInterview()));
        Assert.Contains(await StartAsync(tutor, There), r => r.Kind == ReplyKind.Question);
    }

    [Fact]
    public async Task ANewInterviewInTheSameConversationStillReplacesTheRunningOne()
    {
        var tutor = new TutorHarness();
        await StartAsync(tutor, Here);

        var replies = await StartAsync(tutor, Here);

        Assert.Contains(replies, r => r.Kind == ReplyKind.Question);
        Assert.Equal([InterviewStatus.Abandoned, InterviewStatus.Active], tutor.Store.Sessions().OrderBy(s => s.StartedAt).Select(s => s.Status));
    }

    [Fact]
    public async Task ASecondTutorOverTheSameStoreSeesTheRuleAsARestartedOrSecondFrontEndWould()
    {
        var first = new TutorHarness();
        await StartAsync(first, Here);
        var second = new TutorHarness(first.Store, first.Clock);

        Assert.Equal(ReplyKind.Error, Assert.Single(await StartAsync(second, There)).Kind);
        Assert.Equal(Here, await second.Service.FindRunningInterviewAsync(Ada));
    }

    private static Task<IReadOnlyList<TutorReply>> StartAsync(TutorHarness tutor, ConversationKey conversation) =>
        tutor.Service.HandleAsync(new TutorInput(conversation, Ada, new StartInterview(InterviewMode.Practice) { Count = 2 }));
}
