using System.Globalization;
using TutorBot.Core.Bank;
using TutorBot.Core.Calculations;
using TutorBot.Core.Phrasing;

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
            return BothLanguages.Say(l => Phrases.NoFigureFound(l, expected.Unit, Expected(l)));
        }

        var percent = Math.Abs(error * 100).ToString("0", CultureInfo.InvariantCulture);
        if (verdict == NumericVerdict.Correct)
        {
            return BothLanguages.Say(l => Phrases.FigureRight(l, stated.Text, Expected(l), percent));
        }

        var higher = error > 0;
        var diagnosis = Diagnose(stated.Value, expected, result);
        var close = verdict == NumericVerdict.Partial;
        return BothLanguages.Say(l => Phrases.FigureOff(l, stated.Text, Expected(l), percent, higher, close, diagnosis.For(l)));
    }

    public static LocalizedText DescribeWrongStep(string key, StatedFigure stated, double expected, QuantityUnit unit) =>
        BothLanguages.Say(l => Phrases.WrongStep(l, key, QuantityFormatter.Brief(new Quantity(expected, unit), l), stated.Text));

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
                return BothLanguages.Say(l => Phrases.EqualsIntermediate(l, key, expected.Key));
            }
        }

        var ratio = stated / expected.Value;
        foreach (var factor in new[] { 2.0, 4.0 })
        {
            if (Math.Abs(ratio * factor - 1) <= SameFigure || Math.Abs(ratio / factor - 1) <= SameFigure)
            {
                var f = factor.ToString(CultureInfo.InvariantCulture);
                return BothLanguages.Say(l => Phrases.OffByFactor(l, f));
            }
        }

        foreach (var factor in new[] { 1e3, 1e6 })
        {
            if (Math.Abs(ratio * factor - 1) <= 0.1 || Math.Abs(ratio / factor - 1) <= 0.1)
            {
                return BothLanguages.Say(Phrases.OrderOfMagnitudeOff);
            }
        }

        string Steps(Language l) => string.Join("; ", result.Steps.Take(3).Select(s => CalculationPresenter.Step(s, l)));
        return result.Steps.Count == 0
            ? new LocalizedText("", "")
            : BothLanguages.Say(l => Phrases.CompareWithSteps(l, Steps(l)));
    }
}
