using TutorBot.Core.Bank;
using TutorBot.Core.Grading.Bindings;

namespace TutorBot.Core.Grading.Rubric;

/// <summary>
/// Removes what an answer copies from its question: every run of words shared with the question (in either
/// language) that weighs at least three words (a Chinese character counts half, a function word nothing) is cut out before grading, so
/// that typing the question back earns nothing.
/// </summary>
public static class EchoFilter
{
    private const double MinEchoWeight = 3.0;

    // Function words are copied without copying the question: they weigh nothing ("LLaMA and GPT" is not an echo).
    private static readonly HashSet<string> Light = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "is", "are", "what", "how", "why", "between", "its", "with",
        "和", "与", "的", "是", "及", "或", "了",
    };

    /// <summary>The answer without the runs it copies from the questions; cut runs become clause breaks.</summary>
    public static string Strip(string answer, IEnumerable<string> questions)
    {
        var tokens = Tokens(answer);
        if (tokens.Count == 0)
        {
            return answer;
        }

        var echoed = new bool[tokens.Count];
        foreach (var question in questions)
        {
            var asked = Tokens(question);
            for (var i = 0; i < tokens.Count; i++)
            {
                for (var j = 0; j < asked.Count; j++)
                {
                    var length = 0;
                    var weight = 0.0;
                    while (i + length < tokens.Count && j + length < asked.Count && tokens[i + length].Key == asked[j + length].Key)
                    {
                        weight += tokens[i + length].Weight;
                        length++;
                    }

                    if (weight >= MinEchoWeight)
                    {
                        Array.Fill(echoed, true, i, length);
                    }
                }
            }
        }

        if (!echoed.Contains(true))
        {
            return answer;
        }

        var kept = new System.Text.StringBuilder(answer.Length);
        var position = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!echoed[i])
            {
                continue;
            }

            var end = i;
            while (end + 1 < tokens.Count && echoed[end + 1])
            {
                end++;
            }

            kept.Append(answer, position, tokens[i].Start - position).Append("; ");
            position = tokens[end].End;
            i = end;
        }

        return kept.Append(answer, position, answer.Length - position).ToString();
    }

    private static List<(int Start, int End, string Key, double Weight)> Tokens(string text)
    {
        var folded = SentenceText.Fold(text);
        var tokens = new List<(int, int, string, double)>();
        for (var i = 0; i < folded.Length;)
        {
            var c = folded[i];
            if (LanguageDetector.IsCjk(c))
            {
                tokens.Add((i, i + 1, c.ToString(), Light.Contains(c.ToString()) ? 0 : 0.5));
                i++;
            }
            else if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < folded.Length && char.IsLetterOrDigit(folded[i]) && !LanguageDetector.IsCjk(folded[i]))
                {
                    i++;
                }

                tokens.Add((start, i, folded[start..i], Light.Contains(folded[start..i]) ? 0 : 1.0));
            }
            else
            {
                i++;
            }
        }

        return tokens;
    }
}
