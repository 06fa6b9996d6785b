using System.Globalization;

namespace TutorBot.Discord.Rendering;

/// <summary>A 0-10 score as ten blocks: "███████░░░ 7.0/10".</summary>
public static class ScoreBar
{
    public static string Render(double score)
    {
        var clamped = Math.Clamp(score, 0, 10);
        var filled = (int)Math.Round(clamped, MidpointRounding.AwayFromZero);
        return new string('█', filled) + new string('░', 10 - filled) + " " + clamped.ToString("0.0", CultureInfo.InvariantCulture) + "/10";
    }
}
