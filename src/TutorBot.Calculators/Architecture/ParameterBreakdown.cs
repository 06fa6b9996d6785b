namespace TutorBot.Calculators.Architecture;

/// <summary>Parameter counts of a transformer by part; in a MoE the MLP per layer holds every expert and the router.</summary>
public sealed record ParameterBreakdown(double Embeddings, double AttentionPerLayer, double MlpPerLayer, double NormsAndBiasesPerLayer, double FinalNorm, int Layers)
{
    public double PerLayer => AttentionPerLayer + MlpPerLayer + NormsAndBiasesPerLayer;

    public double Total => Embeddings + Layers * PerLayer + FinalNorm;

    /// <summary>One expert's MLP (the whole MLP of a dense model).</summary>
    public double ExpertMlp { get; init; }

    /// <summary>Experts that hold weights but do not run for a given token.</summary>
    public int IdleExperts { get; init; }

    /// <summary>The parameters one token runs through: the total less the idle experts.</summary>
    public double Active => Total - (double)Layers * IdleExperts * ExpertMlp;

    public static ParameterBreakdown Of(TransformerShape s)
    {
        double h = s.Hidden;
        var attention = h * s.QueryWidth + 2 * h * s.KvWidth + s.QueryWidth * h;
        var gpt = s.Family == ModelFamily.Gpt;
        var expert = (gpt ? 2 : 3) * h * s.Intermediate;
        var router = s.Experts > 1 ? h * s.Experts : 0;
        var mlp = s.Experts * expert + router;
        double normsAndBiases = gpt
            ? s.QueryWidth + 2 * s.KvWidth + h + s.Intermediate + h + 4 * h
            : 2 * h + (s.AttentionBias ? s.QueryWidth + 2 * s.KvWidth : 0);
        var embeddings = (double)s.Vocab * h * (s.TiedEmbeddings ? 1 : 2) + (double)s.LearnedPositions * h;
        var finalNorm = gpt ? 2 * h : h;
        return new ParameterBreakdown(embeddings, attention, mlp, normsAndBiases, finalNorm, s.Layers)
        {
            ExpertMlp = expert,
            IdleExperts = s.Experts - s.ExpertsPerToken,
        };
    }
}
