using TutorBot.Core.Bank;

namespace TutorBot.Core.Ask;

/// <summary>A free question; PreviousCitations are the entries the conversation last cited, for follow-ups like "why?".</summary>
public sealed record AskRequest(string Question, Language Language, IReadOnlyList<string> PreviousCitations, string UserKey = "");
