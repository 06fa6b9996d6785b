using TutorBot.Core.Ask.Context;
using TutorBot.Core.Bank;
using TutorBot.Core.Conversation;

namespace TutorBot.Host.Commands;

/// <summary>
/// One line of `chat --jsonl`: a reply with its type ("question", "feedback", "summary", "answer", "info", "error");
/// answers to free questions also say how the question was read ("resolved_as") and the context entry it leaned on.
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
        reply.QuestionNumber,
        reply.QuestionCount,
        reply.AttachmentPath);
}
