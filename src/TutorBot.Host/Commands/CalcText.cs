using System.Text;
using TutorBot.Calculators.Presentation;
using TutorBot.Core.Bank;
using TutorBot.Core.Calculations;

namespace TutorBot.Host.Commands;

/// <summary>The text `calc` prints: the call, the working in one language, and the headline figure.</summary>
public static class CalcText
{
    public static string Render(CalculationResult result, Language language)
    {
        var text = new StringBuilder();
        text.AppendLine($"{result.Calculator} " + string.Join(" ", result.Inputs.Select(i => $"--{i.Key} {i.Value}")));
        text.AppendLine(result.Render(language));
        text.Append(language == Language.Zh ? "结果" : "Result").Append($" ({result.Headline.Key}): {Figures.Headline(result.Headline)}");
        return text.ToString();
    }

    public static string Route(CalculationRoute route) =>
        $"{route.Calculator} " + string.Join(" ", route.Arguments.Select(a => $"--{a.Key} {a.Value}"));
}
