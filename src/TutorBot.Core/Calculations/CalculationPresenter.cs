using System.Text;
using TutorBot.Core.Bank;

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
            text.AppendLine(Pick(language, "Inputs: ", "输入：") + Arguments(result.Inputs));
        }

        var assumptions = Assumptions(result, language);
        if (assumptions.Count > 0)
        {
            text.AppendLine(Pick(language, "Assumptions:", "假设："));
            foreach (var assumption in assumptions)
            {
                text.AppendLine($"  - {assumption}");
            }
        }

        var steps = Steps(result, language);
        if (steps.Count > 0)
        {
            text.AppendLine(Pick(language, "Steps:", "计算步骤："));
            for (var i = 0; i < steps.Count; i++)
            {
                text.AppendLine($"  {i + 1}. {steps[i]}");
            }
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>"kv-cache: bytes = 2,147,483,648 bytes = 2.147 GB = 2 GiB" / "kv-cache 结果：2,147,483,648 字节 = ...".</summary>
    public static string Headline(CalculationResult result, Language language) => language == Language.Zh
        ? $"{result.Calculator} 结果：{QuantityFormatter.Full(result.Headline.Figure, language)}"
        : $"{result.Calculator}: {result.Headline.Key} = {QuantityFormatter.Full(result.Headline.Figure, language)}";

    public static IReadOnlyList<string> Assumptions(CalculationResult result, Language language) =>
        result.Assumptions.Select(a => a.For(language)).ToList();

    public static IReadOnlyList<string> Steps(CalculationResult result, Language language) =>
        result.Steps.Select(s => Step(s, language)).ToList();

    /// <summary>"KV cache per token: 2 × bytes × layers × hidden = 2 × 2 × 32 × 4096 = 524,288 bytes = 524.3 KB = 512 KiB".</summary>
    public static string Step(CalculationStep step, Language language) =>
        $"{step.Label.For(language)}{Pick(language, ": ", "：")}{step.Formula.For(language)} = {step.Substitution.For(language)} = {QuantityFormatter.Full(step.Outcome, language)}";

    /// <summary>"--model llama-2-7b --context 4096".</summary>
    public static string Arguments(IReadOnlyDictionary<string, string> arguments) =>
        string.Join(" ", arguments.Select(a => $"--{a.Key} {a.Value}"));

    /// <summary>A calculation that lacks arguments, naming them as the calculator's arguments.</summary>
    public static string Missing(string calculator, IEnumerable<MissingArgument> missing, Language language)
    {
        var names = missing.Select(m => "--" + m.Name).ToList();
        return Pick(
            language,
            $"That is a calculation ({calculator}), but it is missing: {string.Join(", ", names)}. Please add them and ask again.",
            $"这是一道计算题（{calculator}），但还缺少：{string.Join("、", names)}。请补充后再问。");
    }

    public static string Rejected(RejectedArgument rejected, Language language) =>
        Pick(language, "Cannot calculate that: ", "无法计算：") + rejected.Message.For(language);

    public static string NotNumeric(IEnumerable<string> calculators, Language language) => Pick(
        language,
        $"That is not a question I can compute. Calculators: {string.Join(", ", calculators)}.",
        $"这个问题无法计算。可用的计算器：{string.Join("、", calculators)}。");

    private static string Pick(Language language, string en, string zh) => language == Language.Zh ? zh : en;
}
