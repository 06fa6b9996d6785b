namespace TutorBot.Llm.Generation;

/// <summary>
/// One generation: a fully templated prompt, a token limit, an optional GBNF grammar (already checked by
/// GbnfChecker), stop strings and sampling settings. UserKey gives each user a fair turn in the queue.
/// </summary>
public sealed record GenerationRequest(string Prompt, int MaxTokens)
{
    public string? Grammar { get; init; }

    public IReadOnlyList<string> StopSequences { get; init; } = [];

    public uint? Seed { get; init; }

    public float? Temperature { get; init; }

    public string UserKey { get; init; } = "";

    /// <summary>Keep generating through end-of-turn tokens (for throughput measurements that need exact lengths).</summary>
    public bool IgnoreEndOfTurn { get; init; }
}
