using System.Globalization;
using TutorBot.Core.Bank;
using TutorBot.Core.Calculations;

namespace TutorBot.Core.Grading.Numeric;

/// <summary>Says, in both languages, how the stated figure compares with the calculation and what the mistake likely is.</summary>
public static class NumericFeedback
{
    private const double SameFigure = 0.05;

    public static LocalizedText Describe(NumericVerdict verdict, StatedFigure? stated, double error, CalculationHeadline expected, CalculationResult result)
    {
        string Expected(Language l) => QuantityFormatter.Brief(expected.Figure, l);
        if (verdict == NumericVerdict.Missing || stated is null)
        {
            return new LocalizedText(
                $"回答里没有找到可以核对的数字（{UnitName(expected.Unit, Language.Zh)}）；按计算应为 {Expected(Language.Zh)}。",
                $"No figure in {UnitName(expected.Unit, Language.En)} was found in the answer; the calculation gives {Expected(Language.En)}.");
        }

        var percent = Math.Abs(error * 100).ToString("0", CultureInfo.InvariantCulture);
        if (verdict == NumericVerdict.Correct)
        {
            return new LocalizedText(
                $"数字正确：你给出的 {stated.Text} 与计算结果 {Expected(Language.Zh)} 相符（误差 {percent}%）。",
                $"The figure is right: your {stated.Text} matches the calculated {Expected(Language.En)} (off by {percent}%).");
        }

        var higher = error > 0;
        var diagnosis = Diagnose(stated.Value, expected, result);
        var zh = $"你给出的 {stated.Text} 比计算结果 {Expected(Language.Zh)} {(higher ? "高" : "低")} {percent}%{(verdict == NumericVerdict.Partial ? "，接近但不够准确" : "")}。{diagnosis.Zh}";
        var en = $"Your figure {stated.Text} is {percent}% {(higher ? "higher" : "lower")} than the calculated {Expected(Language.En)}{(verdict == NumericVerdict.Partial ? ": close, but not within 5%" : "")}. {diagnosis.En}";
        return new LocalizedText(zh.TrimEnd(), en.TrimEnd());
    }

    public static LocalizedText DescribeWrongStep(string key, StatedFigure stated, double expected, QuantityUnit unit) => new(
        $"中间结果有误：{key} 应为 {QuantityFormatter.Brief(new Quantity(expected, unit), Language.Zh)}，你写的是 {stated.Text}（差了整数倍，检查是否漏掉一个因子，例如 K 和 V 两份或每个数值的字节数）。",
        $"A step is wrong: {key} should be {QuantityFormatter.Brief(new Quantity(expected, unit), Language.En)}, but you wrote {stated.Text} (a whole multiple off: check for a dropped factor such as K and V, or bytes per value).");

    private static LocalizedText Diagnose(double stated, CalculationHeadline expected, CalculationResult result)
    {
        foreach (var (key, value) in result.Result)
        {
            if (key == expected.Key || ResultKeyUnit.Of(key) is not { } unit || unit.Unit != expected.Unit)
            {
                continue;
            }

            var intermediate = value * unit.Factor;
            if (intermediate > 0 && Math.Abs(stated / intermediate - 1) <= SameFigure)
            {
                return new LocalizedText(
                    $"这个数等于 {key} 这一项；题目问的是 {expected.Key}。",
                    $"That figure equals {key} alone; the question asks for {expected.Key}.");
            }
        }

        var ratio = stated / expected.Value;
        foreach (var factor in new[] { 2.0, 4.0 })
        {
            if (Math.Abs(ratio * factor - 1) <= SameFigure || Math.Abs(ratio / factor - 1) <= SameFigure)
            {
                var f = factor.ToString(CultureInfo.InvariantCulture);
                return new LocalizedText(
                    $"正好差了 {f} 倍：检查是否漏掉或多算了一个因子（例如 K 和 V 两份、每个数值的字节数）。",
                    $"It is off by exactly a factor of {f}: a factor was dropped or doubled (for example K and V, or bytes per value).");
            }
        }

        foreach (var factor in new[] { 1e3, 1e6 })
        {
            if (Math.Abs(ratio * factor - 1) <= 0.1 || Math.Abs(ratio / factor - 1) <= 0.1)
            {
                return new LocalizedText("数量级不对：检查单位换算（MB/GB/TB，千/百万）。", "The order of magnitude is off: check the unit conversion (MB/GB/TB, thousands/millions).");
            }
        }

        string Steps(Language l) => string.Join("; ", result.Steps.Take(3).Select(s => CalculationPresenter.Step(s, l)));
        return result.Steps.Count == 0
            ? new LocalizedText("", "")
            : new LocalizedText($"对照计算步骤：{Steps(Language.Zh)}", $"Compare with the steps: {Steps(Language.En)}");
    }

    private static string UnitName(QuantityUnit unit, Language language) => (unit, language) switch
    {
        (QuantityUnit.Bytes, Language.Zh) => "显存/字节",
        (QuantityUnit.Seconds, Language.Zh) => "时间",
        (QuantityUnit.Flops, Language.Zh) => "计算量",
        (QuantityUnit.Params, Language.Zh) => "参数量",
        (QuantityUnit.Bytes, _) => "bytes (GB)",
        (QuantityUnit.Seconds, _) => "time",
        (QuantityUnit.Flops, _) => "FLOPs",
        _ => "parameters",
    };
}
