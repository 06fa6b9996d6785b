using TutorBot.Core.Bank;

namespace TutorBot.Core.Persistence;

/// <summary>A stored user; Language is null until the user sets it or writes free text it can be detected from.</summary>
public sealed record UserProfile(long Id, string Frontend, string ExternalId, string DisplayName, Language? Language)
{
    /// <summary>The bank entries the last answer cited, so that "why?" can follow up on them.</summary>
    public IReadOnlyList<string> LastCitations { get; init; } = [];
}
