using TutorBot.Core.Bank;

namespace TutorBot.Core.Conversation;

/// <summary>One reply for a front-end to render; the text is complete, the other fields let a front-end render richer.</summary>
public sealed record TutorReply(ReplyKind Kind, string Text)
{
    public Language Language { get; init; } = Language.En;

    public string? EntryId { get; init; }

    /// <summary>0-10 for feedback replies.</summary>
    public double? Score { get; init; }

    public IReadOnlyList<string> Covered { get; init; } = [];

    public IReadOnlyList<string> Missed { get; init; } = [];

    public IReadOnlyList<string> Citations { get; init; } = [];

    public bool IsFollowup { get; init; }

    public int? QuestionNumber { get; init; }

    public int? QuestionCount { get; init; }

    /// <summary>A file to attach (the progress chart PNG).</summary>
    public string? AttachmentPath { get; init; }
}
