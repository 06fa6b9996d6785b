using TutorBot.Core.Ask.Context;
using TutorBot.Core.Bank;
using TutorBot.Core.Conversation;
using TutorBot.Core.Interview;

namespace TutorBot.Host.Commands;

/// <summary>
/// One line of `chat --jsonl`: a reply with its type ("question", "feedback", "summary", "answer", "info", "error");
/// answers to free questions also say how the question was read ("resolved_as") and the context entry it leaned on.
/// Follow-ups and their feedback carry followup_kind ("scaffold", "probe", "stretch").
/// </summary>
public sealed record ChatReplyJson(
    string Type,
    string Text,
    string Language,
    string? EntryId,
    double? Score,
    IReadOnlyList<string> Covered,
    IReadOnlyList<string> Missed,
    IReadOnlyList<string> Citations,
    ResolvedAs? ResolvedAs,
    string? ContextEntry,
    bool IsFollowup,
    FollowupKind? FollowupKind,
    double? FollowupCredit,
    DateTimeOffset? Deadline,
    bool Late,
    int? QuestionNumber,
    int? QuestionCount,
    string? AttachmentPath)
{
    public static ChatReplyJson From(TutorReply reply) => new(
        reply.Kind.ToString().ToLowerInvariant(),
        reply.Text,
        reply.Language.Code(),
        reply.EntryId,
        reply.Score,
        reply.Covered,
        reply.Missed,
        reply.Citations,
        reply.Resolution?.As,
        reply.Resolution?.ContextEntryId,
        reply.IsFollowup,
        reply.FollowupKind,
        reply.FollowupCredit,
        reply.Deadline,
        reply.Late,
        reply.QuestionNumber,
        reply.QuestionCount,
        reply.AttachmentPath);
}
