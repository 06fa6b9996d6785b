using TutorBot.Core.Ask.Context;
using TutorBot.Core.Bank;

namespace TutorBot.Core.Ask;

/// <summary>A free question, answered in Language; Context holds the conversation's latest answered questions, newest first.</summary>
public sealed record AskRequest(string Question, Language Language, IReadOnlyList<ContextTurn> Context, string UserKey = "");
