namespace TutorBot.Core.Grading.Reference;

public static class VectorMath
{
    public static double Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        if (a.Length == 0 || a.Length != b.Length)
        {
            return 0;
        }

        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }

        return na > 0 && nb > 0 ? dot / Math.Sqrt(na * nb) : 0;
    }

    public static float[] Normalised(ReadOnlySpan<float> v)
    {
        double norm = 0;
        foreach (var x in v)
        {
            norm += x * x;
        }

        var result = v.ToArray();
        if (norm > 0)
        {
            var scale = (float)(1 / Math.Sqrt(norm));
            for (var i = 0; i < result.Length; i++)
            {
                result[i] *= scale;
            }
        }

        return result;
    }

    /// <summary>The vector with its component along <paramref name="direction"/> removed, normalised.</summary>
    public static float[] Without(ReadOnlySpan<float> v, ReadOnlySpan<float> direction)
    {
        var unitV = Normalised(v);
        var unitD = Normalised(direction);
        double dot = 0;
        for (var i = 0; i < unitV.Length; i++)
        {
            dot += unitV[i] * unitD[i];
        }

        for (var i = 0; i < unitV.Length; i++)
        {
            unitV[i] -= (float)(dot * unitD[i]);
        }

        return Normalised(unitV);
    }

    /// <summary>The normalised sum of normalised vectors.</summary>
    public static float[] Centroid(IEnumerable<float[]> vectors)
    {
        float[]? sum = null;
        foreach (var vector in vectors)
        {
            var unit = Normalised(vector);
            sum ??= new float[unit.Length];
            for (var i = 0; i < unit.Length && i < sum.Length; i++)
            {
                sum[i] += unit[i];
            }
        }

        return sum is null ? [] : Normalised(sum);
    }
}
