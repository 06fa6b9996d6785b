using TutorBot.Core.Ask.Context;
using TutorBot.Core.Bank;
using TutorBot.Core.Conversation.Intents;
using TutorBot.Core.Interview;

namespace TutorBot.Core.Conversation;

/// <summary>One reply for a front-end to render; the text is complete, the other fields let a front-end render richer.</summary>
public sealed record TutorReply(ReplyKind Kind, string Text)
{
    public Language Language { get; init; } = Language.En;

    public string? EntryId { get; init; }

    /// <summary>0-10 for feedback replies.</summary>
    public double? Score { get; init; }

    /// <summary>Key points the answer made, as text in the reply's language (a summary: the strongest points).</summary>
    public IReadOnlyList<string> Covered { get; init; } = [];

    /// <summary>
    /// Key points missed, as text in the reply's language (a summary: the weakest points). Empty while a follow-up
    /// on the question waits, so that rendering it cannot give the follow-up's answer away.
    /// </summary>
    public IReadOnlyList<string> Missed { get; init; } = [];

    public IReadOnlyList<string> Citations { get; init; } = [];

    /// <summary>On feedback: what the text says besides the score, the key points and the reference (the grader's comment, a late or follow-up verdict).</summary>
    public string? Comment { get; init; }

    /// <summary>On feedback once the question is finished: the reference answer of the entry, in the reply's language.</summary>
    public string? Reference { get; init; }

    /// <summary>For answers to free questions: how the question was read against the conversation, and the entry it leaned on.</summary>
    public Resolution? Resolution { get; init; }

    /// <summary>A follow-up question, or the feedback on a follow-up answer.</summary>
    public bool IsFollowup { get; init; }

    /// <summary>The kind of a follow-up question, or of the follow-up a feedback reply grades.</summary>
    public FollowupKind? FollowupKind { get; init; }

    /// <summary>On feedback to a follow-up: the points (0-10 scale) it added to the question's score.</summary>
    public double? FollowupCredit { get; init; }

    /// <summary>Timed mode, on a question: when its time runs out.</summary>
    public DateTimeOffset? Deadline { get; init; }

    /// <summary>Timed mode, on feedback: the answer came after its time ran out.</summary>
    public bool Late { get; init; }

    /// <summary>On a question or follow-up: what is asked, without the header the text puts before it.</summary>
    public string? Prompt { get; init; }

    /// <summary>On a question: the topic it belongs to.</summary>
    public string? Topic { get; init; }

    /// <summary>On a question or follow-up: the prompt an answer to it must name.</summary>
    public QuestionRef? Question { get; init; }

    /// <summary>The intent named a prompt that is no longer open, so nothing changed.</summary>
    public bool MovedOn { get; init; }

    public int? QuestionNumber { get; init; }

    public int? QuestionCount { get; init; }

    /// <summary>A file to attach (the progress chart PNG).</summary>
    public string? AttachmentPath { get; init; }
}
