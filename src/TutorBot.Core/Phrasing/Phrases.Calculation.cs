using TutorBot.Core.Bank;

namespace TutorBot.Core.Phrasing;

/// <summary>The labels of a calculation's working, and the sentences for one that could not run.</summary>
public static partial class Phrases
{
    /// <summary>"kv-cache 结果：..." in Chinese; in English the figure is named by its result key instead.</summary>
    public static string CalculationHeadline(Language l, string calculator, string key, string figure) => Pick(
        l,
        $"{calculator}: {key} = {figure}",
        $"{calculator} 结果：{figure}");

    public static string InputsLabel(Language l) => Pick(l, "Inputs: ", "输入：");

    public static string AssumptionsHeading(Language l) => Pick(l, "Assumptions:", "假设：");

    public static string StepsHeading(Language l) => Pick(l, "Steps:", "计算步骤：");

    /// <summary>A step's label and formula: "KV cache per token: 2 × bytes × ..." / "每个 token 的 KV 缓存：...".</summary>
    public static string StepLabel(Language l, string label, string formula) => Pick(l, $"{label}: {formula}", $"{label}：{formula}");

    /// <summary>A calculation that lacks arguments, naming them as the calculator's arguments.</summary>
    public static string MissingArguments(Language l, string calculator, IReadOnlyList<string> names) => Pick(
        l,
        $"That is a calculation ({calculator}), but it is missing: {string.Join(", ", names)}. Please add them and ask again.",
        $"这是一道计算题（{calculator}），但还缺少：{string.Join("、", names)}。请补充后再问。");

    public static string CannotCalculate(Language l, string reason) => Pick(l, "Cannot calculate that: ", "无法计算：") + reason;

    public static string NotNumeric(Language l, IEnumerable<string> calculators) => Pick(
        l,
        $"That is not a question I can compute. Calculators: {string.Join(", ", calculators)}.",
        $"这个问题无法计算。可用的计算器：{string.Join("、", calculators)}。");

    /// <summary>What /calc is called where it is not available.</summary>
    public static string Calculation(Language l) => Pick(l, "Calculation", "计算");

    /// <summary>The console's line naming the calculator a question was routed to and its arguments.</summary>
    public static string RoutedTo(Language l, string calculator, string arguments) => Pick(l, "Routed to: ", "识别为：") + $"{calculator} {arguments}";

    /// <summary>The message of a calculation stopped for a missing argument; <paramref name="hint"/> says what it is.</summary>
    public static string ArgumentRequired(Language l, string name, string hint) => Pick(l, $"{name}: required ({hint})", $"缺少 --{name}");

    public static string CalculatorDidNotRun(Language l, string calculator) => Pick(l, $"calculator: {calculator} did not run", $"计算器 {calculator} 没有运行");
}
