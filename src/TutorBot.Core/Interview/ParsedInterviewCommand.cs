using TutorBot.Core.Bank;

namespace TutorBot.Core.Interview;

/// <summary>The outcome of reading /interview's words: a plan, or the word that is no known topic.</summary>
public sealed record ParsedInterviewCommand(InterviewPlan? Plan, Language? Language, string? UnknownTopic);
