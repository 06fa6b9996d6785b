namespace TutorBot.Calculators.Architecture;

/// <summary>Parameter counts of a transformer by part.</summary>
public sealed record ParameterBreakdown(double Embeddings, double AttentionPerLayer, double MlpPerLayer, double NormsAndBiasesPerLayer, double FinalNorm, int Layers)
{
    public double PerLayer => AttentionPerLayer + MlpPerLayer + NormsAndBiasesPerLayer;

    public double Total => Embeddings + Layers * PerLayer + FinalNorm;

    public static ParameterBreakdown Of(TransformerShape s)
    {
        double h = s.Hidden;
        var attention = h * s.QueryWidth + 2 * h * s.KvWidth + s.QueryWidth * h;
        var gpt = s.Family == ModelFamily.Gpt;
        var mlp = (gpt ? 2 : 3) * h * s.Intermediate;
        double normsAndBiases = gpt
            ? s.QueryWidth + 2 * s.KvWidth + h + s.Intermediate + h + 4 * h
            : 2 * h + (s.AttentionBias ? s.QueryWidth + 2 * s.KvWidth : 0);
        var embeddings = (double)s.Vocab * h * (s.TiedEmbeddings ? 1 : 2) + (double)s.LearnedPositions * h;
        var finalNorm = gpt ? 2 * h : h;
        return new ParameterBreakdown(embeddings, attention, mlp, normsAndBiases, finalNorm, s.Layers);
    }
}
