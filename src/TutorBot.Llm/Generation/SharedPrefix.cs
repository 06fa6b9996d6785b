using LLama.Native;

namespace TutorBot.Llm.Generation;

/// <summary>The leading tokens that every prompt of a burst has in common (typically the system prompt).</summary>
internal static class SharedPrefix
{
    /// <summary>
    /// Length of the common prefix, kept at least one token short of the shortest prompt: each conversation
    /// must still decode a token of its own to get logits to sample from.
    /// </summary>
    public static int Length(IReadOnlyList<LLamaToken[]> prompts)
    {
        if (prompts.Count < 2)
        {
            return 0;
        }

        var first = prompts[0];
        var length = prompts.Min(p => p.Length) - 1;
        for (var i = 1; i < prompts.Count && length > 0; i++)
        {
            length = first.AsSpan(0, length).CommonPrefixLength(prompts[i].AsSpan(0, length));
        }

        return Math.Max(length, 0);
    }
}
