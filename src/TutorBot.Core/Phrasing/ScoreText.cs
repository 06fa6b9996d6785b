using System.Globalization;

namespace TutorBot.Core.Phrasing;

/// <summary>A score as the tutor shows it in either language: "7.5/10".</summary>
public static class ScoreText
{
    public static string Of(double score) => score.ToString("0.0", CultureInfo.InvariantCulture) + "/10";
}
