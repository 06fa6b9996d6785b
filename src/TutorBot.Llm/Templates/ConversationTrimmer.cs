namespace TutorBot.Llm.Templates;

/// <summary>
/// Fits a conversation into a token budget: the system turns and the latest turn always stay; the oldest
/// other turns go first; if that is not enough, the latest turn keeps only its end.
/// </summary>
public static class ConversationTrimmer
{
    public static (string Prompt, int DroppedTurns) Fit(
        IReadOnlyList<ChatTurn> turns, IChatFormatter formatter, Func<string, int> countTokens, int budget)
    {
        var kept = turns.ToList();
        var prompt = formatter.Format(kept);
        var dropped = 0;
        while (countTokens(prompt) > budget)
        {
            var oldest = kept.FindIndex(t => t.Role != "system");
            if (oldest >= 0 && oldest < kept.Count - 1)
            {
                kept.RemoveAt(oldest);
                dropped++;
            }
            else
            {
                var last = kept[^1];
                var excess = countTokens(prompt) - budget;
                var cut = Math.Max(16, excess);
                if (cut >= last.Content.Length)
                {
                    kept[^1] = last with { Content = "" };
                    return (formatter.Format(kept), dropped);
                }

                kept[^1] = last with { Content = last.Content[cut..] };
            }

            prompt = formatter.Format(kept);
        }

        return (prompt, dropped);
    }
}
