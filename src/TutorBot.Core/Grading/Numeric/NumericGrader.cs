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
    private const double MethodPointsWithFigure = 2;
    private const double MethodPointsWithoutFigure = 3;

    public bool CanGrade(BankEntry entry) =>
        calculators is not null && entry.Calc is not null && calculators.Names.Contains(entry.Calc.Calculator, StringComparer.OrdinalIgnoreCase);

    /// <summary>Replaces the rubric score in the draft by the numeric one; false when the calculator rejects the entry.</summary>
    public bool TryGrade(BankEntry entry, string answer, GradeDraft draft)
    {
        CalculationResult result;
        try
        {
            result = calculators!.Run(entry.Calc!.Calculator, entry.Calc.Arguments);
        }
        catch (CalculationException)
        {
            return false;
        }

        var expected = result.Headline;
        var (stated, verdict, error) = Closest(QuantityExtractor.Extract(answer), expected);
        var method = entry.KeyPoints.Count > 0 ? Math.Clamp(draft.Score / 10, 0, 1) : verdict == NumericVerdict.Correct ? 1 : 0;
        draft.Score = verdict switch
        {
            NumericVerdict.Correct => CorrectPoints + MethodPointsWithFigure * method,
            NumericVerdict.Partial => PartialPoints + MethodPointsWithFigure * method,
            _ => MethodPointsWithoutFigure * method,
        };
        draft.Confidence = verdict == NumericVerdict.Missing ? 0.6 : 0.9;
        draft.Methods.Add("numeric");
        draft.Notes.Add(NumericFeedback.Describe(verdict, stated, error, expected, result));
        return true;
    }

    private (Quantity? Stated, NumericVerdict Verdict, double Error) Closest(IReadOnlyList<Quantity> quantities, CalculationHeadline expected)
    {
        Quantity? best = null;
        var bestDistance = double.MaxValue;
        foreach (var quantity in quantities)
        {
            var comparable = quantity.Unit == expected.Unit || quantity.Unit.Length == 0 && expected.Unit is "flops" or "params";
            if (!comparable || expected.Value <= 0)
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
