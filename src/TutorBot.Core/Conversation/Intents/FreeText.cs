namespace TutorBot.Core.Conversation.Intents;

/// <summary>
/// A typed line that is no command: the answer to the open question, or a question for the tutor when no interview
/// runs or when it reads as one (see <see cref="Interview.SideQuestionDetector"/>).
/// </summary>
public sealed record FreeText(string Text) : TutorIntent;
