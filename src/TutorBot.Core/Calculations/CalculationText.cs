using System.Text;
using TutorBot.Core.Bank;

namespace TutorBot.Core.Calculations;

/// <summary>Renders a calculation's working as plain text in one language.</summary>
public static class CalculationText
{
    public static string Render(CalculationResult result, Language language)
    {
        var text = new StringBuilder();
        var assumptions = result.AssumptionTexts.Count > 0
            ? result.AssumptionTexts.Select(a => a.For(language)).ToList()
            : result.Assumptions;
        if (assumptions.Count > 0)
        {
            text.AppendLine(language == Language.Zh ? "假设：" : "Assumptions:");
            foreach (var assumption in assumptions)
            {
                text.AppendLine($"  - {assumption}");
            }
        }

        text.AppendLine(language == Language.Zh ? "计算步骤：" : "Steps:");
        var steps = result.StepDetails.Count > 0
            ? result.StepDetails.Select(s => s.Render(language)).ToList()
            : result.Steps;
        for (var i = 0; i < steps.Count; i++)
        {
            text.AppendLine($"  {i + 1}. {steps[i]}");
        }

        return text.ToString().TrimEnd();
    }
}
