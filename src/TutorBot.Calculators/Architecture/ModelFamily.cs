namespace TutorBot.Calculators.Architecture;

public enum ModelFamily
{
    /// <summary>Gated (SwiGLU) MLP, RMSNorm, rotary positions, untied embeddings, no linear biases.</summary>
    Llama,

    /// <summary>Plain two-matrix MLP, LayerNorm, learned positions, tied embeddings, biases on every linear layer.</summary>
    Gpt,
}
