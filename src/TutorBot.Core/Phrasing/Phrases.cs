using System.Globalization;
using TutorBot.Core.Bank;

namespace TutorBot.Core.Phrasing;

/// <summary>
/// Every user-facing text of the tutor, in English and Chinese, split into one file per area. Each phrase is a method
/// whose first parameter is the language and which returns the text, so a test can speak them all in both languages.
/// </summary>
public static partial class Phrases
{
    private static string Pick(Language language, string en, string zh) => language == Language.Zh ? zh : en;

    private static string Score(double score) => ScoreText.Of(score);

    private static string OneDecimal(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
