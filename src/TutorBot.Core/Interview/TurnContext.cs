using TutorBot.Core.Bank;

namespace TutorBot.Core.Interview;

/// <summary>Who is answering and in which language the replies go out; UserKey is "frontend:id" (for fair model turns).</summary>
public sealed record TurnContext(long UserId, string UserKey, Language Language);
