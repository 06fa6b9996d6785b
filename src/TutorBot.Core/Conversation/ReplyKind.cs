namespace TutorBot.Core.Conversation;

public enum ReplyKind
{
    Question,
    Feedback,
    Summary,
    Answer,
    Info,
    Error,
}
