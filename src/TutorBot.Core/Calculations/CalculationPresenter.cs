using System.Text;
using TutorBot.Core.Bank;
using TutorBot.Core.Phrasing;

namespace TutorBot.Core.Calculations;

/// <summary>
/// The one rendering of a calculation in a language, used by every front-end: the headline figure, the inputs as
/// calculator arguments, the assumptions and the numbered steps; and the sentences for a calculation that could not run.
/// </summary>
public static class CalculationPresenter
{
    public static string Render(CalculationResult result, Language language)
    {
        var text = new StringBuilder();
        text.AppendLine(Headline(result, language));
        if (result.Inputs.Count > 0)
        {
            text.AppendLine(Phrases.InputsLabel(language) + Arguments(result.Inputs));
        }

        var assumptions = Assumptions(result, language);
        if (assumptions.Count > 0)
        {
            text.AppendLine(Phrases.AssumptionsHeading(language));
            foreach (var assumption in assumptions)
            {
                text.AppendLine($"  - {assumption}");
            }
        }

        var steps = Steps(result, language);
        if (steps.Count > 0)
        {
            text.AppendLine(Phrases.StepsHeading(language));
            for (var i = 0; i < steps.Count; i++)
            {
                text.AppendLine($"  {i + 1}. {steps[i]}");
            }
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>"kv-cache: bytes = 2,147,483,648 bytes = 2.147 GB = 2 GiB" / "kv-cache 结果：2,147,483,648 字节 = ...".</summary>
    public static string Headline(CalculationResult result, Language language) =>
        Phrases.CalculationHeadline(language, result.Calculator, result.Headline.Key, QuantityFormatter.Full(result.Headline.Figure, language));

    public static IReadOnlyList<string> Assumptions(CalculationResult result, Language language) =>
        result.Assumptions.Select(a => a.For(language)).ToList();

    public static IReadOnlyList<string> Steps(CalculationResult result, Language language) =>
        result.Steps.Select(s => Step(s, language)).ToList();

    /// <summary>"KV cache per token: 2 × bytes × layers × hidden = 2 × 2 × 32 × 4096 = 524,288 bytes = 524.3 KB = 512 KiB".</summary>
    public static string Step(CalculationStep step, Language language) =>
        $"{Phrases.StepLabel(language, step.Label.For(language), step.Formula.For(language))} = {step.Substitution.For(language)} = {QuantityFormatter.Full(step.Outcome, language)}";

    /// <summary>"--model llama-2-7b --context 4096".</summary>
    public static string Arguments(IReadOnlyDictionary<string, string> arguments) =>
        string.Join(" ", arguments.Select(a => $"--{a.Key} {a.Value}"));

    /// <summary>A calculation that lacks arguments, naming them as the calculator's arguments.</summary>
    public static string Missing(string calculator, IEnumerable<MissingArgument> missing, Language language)
    {
        return Phrases.MissingArguments(language, calculator, missing.Select(m => "--" + m.Name).ToList());
    }

    public static string Rejected(RejectedArgument rejected, Language language) =>
        Phrases.CannotCalculate(language, rejected.Message.For(language));

    public static string NotNumeric(IEnumerable<string> calculators, Language language) => Phrases.NotNumeric(language, calculators);
}
