using System.Globalization;
using System.Text;
using TutorBot.Core.Bank;
using TutorBot.Core.Calculations;
using TutorBot.Core.Grading.Numeric;

namespace TutorBot.Core.Conversation;

/// <summary>Renders a calculator result: the headline figure in readable units, then the steps and assumptions.</summary>
public static class CalculationWriter
{
    public static string Render(CalculationResult result, Language language)
    {
        var text = new StringBuilder();
        text.AppendLine($"{result.Calculator}: {result.Headline.Key} = {Readable(result.Headline.Value, result.Headline.Unit)}");
        if (result.Steps.Count > 0)
        {
            text.AppendLine(Phrases.Pick(language, "Steps:", "计算步骤："));
            foreach (var step in result.Steps)
            {
                text.AppendLine("  " + step);
            }
        }

        if (result.Assumptions.Count > 0)
        {
            text.AppendLine(Phrases.Pick(language, "Assumptions:", "假设："));
            foreach (var assumption in result.Assumptions)
            {
                text.AppendLine("  " + assumption);
            }
        }

        return text.ToString().TrimEnd();
    }

    public static string Readable(double value, string unit) => unit switch
    {
        "bytes" when value >= 1024 => $"{Scaled(value, 1024, ["B", "KiB", "MiB", "GiB", "TiB", "PiB"])} ({value.ToString("#,0", CultureInfo.InvariantCulture)} bytes)",
        "bytes" => Format(value) + " B",
        "seconds" when value >= 86400 => Format(value / 86400) + " days",
        "seconds" when value >= 3600 => Format(value / 3600) + " h",
        "seconds" => Format(value) + " s",
        "flops" => Scaled(value, 1000, ["FLOP", "kFLOP", "MFLOP", "GFLOP", "TFLOP", "PFLOP", "EFLOP", "ZFLOP"]),
        "params" => Scaled(value, 1000, ["", "K", "M", "B", "T"]).TrimEnd() + " params",
        "fraction" or "tokens" or "tokens_per_second" => FigureFormatter.Format(value, unit, Language.En),
        _ => Format(value) + " " + unit,
    };

    private static string Scaled(double value, double step, string[] units)
    {
        var index = 0;
        while (Math.Abs(value) >= step && index < units.Length - 1)
        {
            value /= step;
            index++;
        }

        return $"{Format(value)} {units[index]}";
    }

    private static string Format(double value) => value.ToString(Math.Abs(value) >= 100 ? "0.#" : "0.###", CultureInfo.InvariantCulture);
}
