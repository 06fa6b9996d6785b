using TutorBot.Core.Bank;

namespace TutorBot.Core.Phrasing;

/// <summary>A phrase said in both languages at once, for text stored before the reader's language is known.</summary>
public static class BothLanguages
{
    public static LocalizedText Say(Func<Language, string> phrase) => new(phrase(Language.Zh), phrase(Language.En));
}
