using TutorBot.Core.Bank;

namespace TutorBot.Core.Conversation.Intents;

/// <summary>Pins the reply language; null lets each question's language decide again.</summary>
public sealed record SetLanguage(Language? Language) : TutorIntent;
