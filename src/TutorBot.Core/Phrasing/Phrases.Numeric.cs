using TutorBot.Core.Bank;
using TutorBot.Core.Calculations;

namespace TutorBot.Core.Phrasing;

/// <summary>How a stated figure compares with the calculation, and what the mistake likely is.</summary>
public static partial class Phrases
{
    public static string NoFigureFound(Language l, QuantityUnit unit, string expected) => Pick(
        l,
        $"No figure in {FigureKind(l, unit)} was found in the answer; the calculation gives {expected}.",
        $"回答里没有找到可以核对的数字（{FigureKind(l, unit)}）；按计算应为 {expected}。");

    public static string FigureRight(Language l, string stated, string expected, string percent) => Pick(
        l,
        $"The figure is right: your {stated} matches the calculated {expected} (off by {percent}%).",
        $"数字正确：你给出的 {stated} 与计算结果 {expected} 相符（误差 {percent}%）。");

    /// <summary>A figure off the calculation, by how much, then the likely mistake (<paramref name="diagnosis"/>, may be empty).</summary>
    public static string FigureOff(Language l, string stated, string expected, string percent, bool higher, bool close, string diagnosis) => Pick(
        l,
        $"Your figure {stated} is {percent}% {(higher ? "higher" : "lower")} than the calculated {expected}{(close ? ": close, but not within 5%" : "")}. {diagnosis}",
        $"你给出的 {stated} 比计算结果 {expected} {(higher ? "高" : "低")} {percent}%{(close ? "，接近但不够准确" : "")}。{diagnosis}").TrimEnd();

    public static string WrongStep(Language l, string key, string expected, string stated) => Pick(
        l,
        $"A step is wrong: {key} should be {expected}, but you wrote {stated} (a whole multiple off: check for a dropped factor such as K and V, or bytes per value).",
        $"中间结果有误：{key} 应为 {expected}，你写的是 {stated}（差了整数倍，检查是否漏掉一个因子，例如 K 和 V 两份或每个数值的字节数）。");

    public static string EqualsIntermediate(Language l, string intermediateKey, string askedKey) => Pick(
        l,
        $"That figure equals {intermediateKey} alone; the question asks for {askedKey}.",
        $"这个数等于 {intermediateKey} 这一项；题目问的是 {askedKey}。");

    public static string OffByFactor(Language l, string factor) => Pick(
        l,
        $"It is off by exactly a factor of {factor}: a factor was dropped or doubled (for example K and V, or bytes per value).",
        $"正好差了 {factor} 倍：检查是否漏掉或多算了一个因子（例如 K 和 V 两份、每个数值的字节数）。");

    public static string OrderOfMagnitudeOff(Language l) => Pick(
        l,
        "The order of magnitude is off: check the unit conversion (MB/GB/TB, thousands/millions).",
        "数量级不对：检查单位换算（MB/GB/TB，千/百万）。");

    public static string CompareWithSteps(Language l, string steps) => Pick(l, $"Compare with the steps: {steps}", $"对照计算步骤：{steps}");

    /// <summary>What kind of figure the question asks for, named in the sentence about a missing figure.</summary>
    private static string FigureKind(Language l, QuantityUnit unit) => unit switch
    {
        QuantityUnit.Bytes => Pick(l, "bytes (GB)", "显存/字节"),
        QuantityUnit.Seconds => Pick(l, "time", "时间"),
        QuantityUnit.Flops => Pick(l, "FLOPs", "计算量"),
        _ => Pick(l, "parameters", "参数量"),
    };
}
