namespace TutorBot.Core.Conversation.Intents;

/// <summary>Ends the named interview, or the running one when InterviewId is null, with its summary.</summary>
public sealed record EndInterview(Guid? InterviewId = null) : TutorIntent;
