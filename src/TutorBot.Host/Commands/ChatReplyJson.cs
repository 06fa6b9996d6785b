using TutorBot.Core.Bank;
using TutorBot.Core.Conversation;

namespace TutorBot.Host.Commands;

/// <summary>One line of `chat --jsonl`: a reply with its type ("question", "feedback", "summary", "answer", "info", "error").</summary>
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
        reply.QuestionNumber,
        reply.QuestionCount,
        reply.AttachmentPath);
}
