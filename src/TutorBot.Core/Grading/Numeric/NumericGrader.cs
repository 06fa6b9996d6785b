using Microsoft.Extensions.Options;
using TutorBot.Core.Bank;
using TutorBot.Core.Calculations;

namespace TutorBot.Core.Grading.Numeric;

/// <summary>
/// Grades a calculation entry by the figure the answer states against the calculator's result for the entry's
/// calc block (never a stored number), plus credit for the method, which the rubric has measured already.
/// </summary>
public sealed class NumericGrader(IOptions<GradingOptions> options, ICalculatorService? calculators = null)
{
    private const double CorrectPoints = 8;
    private const double PartialPoints = 4;
    private const double WrongStepPoints = 3;
    private const double MethodPointsWithFigure = 2;
    private const double MethodPointsWithoutFigure = 3;
    private const double SameFigure = 0.05;
    private const double ExactMultiple = 0.01;

    public bool CanGrade(BankEntry entry) =>
        calculators is not null && entry.Calc is not null && calculators.Names.Contains(entry.Calc.Calculator, StringComparer.OrdinalIgnoreCase);

    /// <summary>Replaces the rubric score in the draft by the numeric one; false when the calculator rejects the entry.</summary>
    public bool TryGrade(BankEntry entry, string answer, GradeDraft draft)
    {
        if (calculators!.Evaluate(entry.Calc!.Calculator, entry.Calc.Arguments).Result is not { } result)
        {
            return false;
        }

        var expected = result.Headline;
        var quantities = QuantityExtractor.Extract(answer);
        var (stated, verdict, error) = Closest(quantities, expected);
        var wrongStep = WrongIntermediate(quantities, result);

        var method = entry.KeyPoints.Count > 0 ? Math.Clamp(draft.Score / 10, 0, 1) : verdict == NumericVerdict.Correct ? 1 : 0;
        draft.Score = verdict switch
        {
            // A right total with a wrong step the answer shows (the seed's "KV cache = 2 GB") is not a right answer.
            NumericVerdict.Correct when wrongStep is not null => WrongStepPoints + MethodPointsWithFigure * method,
            NumericVerdict.Correct => CorrectPoints + MethodPointsWithFigure * method,
            NumericVerdict.Partial => PartialPoints + MethodPointsWithFigure * method,
            _ => MethodPointsWithoutFigure * method,
        };
        draft.Confidence = verdict == NumericVerdict.Missing ? 0.6 : 0.9;
        draft.Methods.Add("numeric");
        draft.Notes.Add(NumericFeedback.Describe(verdict, stated, error, expected, result));
        if (wrongStep is { } step)
        {
            draft.Notes.Add(NumericFeedback.DescribeWrongStep(step.Key, step.Stated, step.Expected, expected.Unit));
        }

        return true;
    }

    /// <summary>
    /// A figure off by exactly 2× or 4× from an intermediate result the answer never states correctly
    /// (the seed's "KV cache = 2 GB" for 4 GiB): a dropped or doubled factor in a step.
    /// </summary>
    private static (string Key, StatedFigure Stated, double Expected)? WrongIntermediate(IReadOnlyList<StatedFigure> quantities, CalculationResult result)
    {
        foreach (var (key, raw) in result.Result)
        {
            if (key == result.Headline.Key || ResultKeyUnit.Of(key) is not { } unit || unit.Unit != result.Headline.Unit || raw <= 0)
            {
                continue;
            }

            var value = raw * unit.Factor;
            var sameUnit = quantities.Where(q => Comparable(q, unit.Unit)).ToList();
            if (sameUnit.Any(q => Readings(q).Any(v => Math.Abs(v / value - 1) <= SameFigure)))
            {
                continue;
            }

            foreach (var quantity in sameUnit)
            {
                if (quantity.Unit is not null && Readings(quantity).Any(v => new[] { 0.25, 0.5, 2, 4 }.Any(f => Math.Abs(v / (value * f) - 1) <= ExactMultiple)))
                {
                    return (key, quantity, value);
                }
            }
        }

        return null;
    }

    // Counts (FLOPs, parameters, tokens) are often written without a unit: "96 × 196,608".
    private static bool Comparable(StatedFigure quantity, QuantityUnit unit) =>
        quantity.Unit == unit || quantity.Unit is null && unit is QuantityUnit.Flops or QuantityUnit.Params or QuantityUnit.Tokens;

    private static IEnumerable<double> Readings(StatedFigure quantity) =>
        quantity.AltValue is { } alt ? [quantity.Value, alt] : [quantity.Value];

    private (StatedFigure? Stated, NumericVerdict Verdict, double Error) Closest(IReadOnlyList<StatedFigure> quantities, CalculationHeadline expected)
    {
        StatedFigure? best = null;
        var bestDistance = double.MaxValue;
        foreach (var quantity in quantities)
        {
            if (!Comparable(quantity, expected.Unit) || expected.Value <= 0)
            {
                continue;
            }

            foreach (var value in quantity.AltValue is { } alt ? new[] { quantity.Value, alt } : [quantity.Value])
            {
                // Distance on a log scale, so that half and double are equally far.
                var distance = value > 0 ? Math.Abs(Math.Log(value / expected.Value)) : double.MaxValue;
                if (distance < bestDistance)
                {
                    best = quantity with { Value = value, AltValue = null };
                    bestDistance = distance;
                }
            }
        }

        if (best is null)
        {
            return (null, NumericVerdict.Missing, 0);
        }

        var bestError = (best.Value - expected.Value) / expected.Value;
        var settings = options.Value;
        var verdict = Math.Abs(bestError) <= settings.NumericTolerance ? NumericVerdict.Correct
            : Math.Abs(bestError) <= settings.NumericPartialTolerance ? NumericVerdict.Partial
            : NumericVerdict.Wrong;
        return (best, verdict, bestError);
    }
}
