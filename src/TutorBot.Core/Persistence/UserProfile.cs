using TutorBot.Core.Bank;

namespace TutorBot.Core.Persistence;

/// <summary>A stored user; Language is null until the user sets it or writes free text it can be detected from.</summary>
public sealed record UserProfile(long Id, string Frontend, string ExternalId, string DisplayName, Language? Language)
{
    /// <summary>Set with /lang: every reply goes out in Language, whatever language a question is written in.</summary>
    public bool LanguagePinned { get; init; }
}
