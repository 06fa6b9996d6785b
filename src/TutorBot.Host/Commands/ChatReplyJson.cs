using TutorBot.Core.Bank;
using TutorBot.Core.Conversation;
using TutorBot.Core.Interview;

namespace TutorBot.Host.Commands;

/// <summary>
/// One line of `chat --jsonl`: a reply with its type ("question", "feedback", "summary", "answer", "info", "error");
/// follow-ups and their feedback carry followup_kind ("scaffold", "probe", "stretch").
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
        reply.IsFollowup,
        reply.FollowupKind,
        reply.FollowupCredit,
        reply.Deadline,
        reply.Late,
        reply.QuestionNumber,
        reply.QuestionCount,
        reply.AttachmentPath);
}
