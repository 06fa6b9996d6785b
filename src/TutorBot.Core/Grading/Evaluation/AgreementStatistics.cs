namespace TutorBot.Core.Grading.Evaluation;

/// <summary>How closely predicted scores follow human ones: Pearson r, Spearman rho (average ranks for ties), RMSE.</summary>
public sealed record AgreementStatistics(int Count, double Pearson, double Spearman, double Rmse)
{
    public static AgreementStatistics Compute(IReadOnlyList<double> predicted, IReadOnlyList<double> actual)
    {
        if (predicted.Count != actual.Count)
        {
            throw new ArgumentException("predicted and actual differ in length");
        }

        var rmse = predicted.Count == 0 ? 0 : Math.Sqrt(predicted.Zip(actual, (p, a) => (p - a) * (p - a)).Average());
        return new AgreementStatistics(predicted.Count, PearsonOf(predicted, actual), PearsonOf(Ranks(predicted), Ranks(actual)), rmse);
    }

    public static double PearsonOf(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        if (x.Count < 2)
        {
            return 0;
        }

        var mx = x.Average();
        var my = y.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Count; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }

        return sxx > 0 && syy > 0 ? sxy / Math.Sqrt(sxx * syy) : 0;
    }

    private static double[] Ranks(IReadOnlyList<double> values)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Count];
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]])
            {
                end++;
            }

            var average = (start + end) / 2.0 + 1;
            for (var k = start; k <= end; k++)
            {
                ranks[order[k]] = average;
            }

            start = end + 1;
        }

        return ranks;
    }
}
