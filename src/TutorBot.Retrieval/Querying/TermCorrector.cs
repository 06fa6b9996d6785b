namespace TutorBot.Retrieval.Querying;

/// <summary>
/// Maps a misspelled English word ("attension", "quantizaton") to the analyzed term of the closest word the bank
/// uses. Words are compared as written, before stemming, so that a typo is one edit away rather than several.
/// </summary>
public sealed class TermCorrector
{
    private readonly KeyValuePair<string, string>[] _words;
    private readonly Func<string, int> _documentFrequency;

    /// <param name="termsByWord">The bank's English words as written, each with the term the analyzer makes of it.</param>
    public TermCorrector(IReadOnlyDictionary<string, string> termsByWord, Func<string, int> documentFrequency)
    {
        _words = termsByWord.Where(w => w.Key.Length >= 3 && IsLatin(w.Key)).ToArray();
        _documentFrequency = documentFrequency;
    }

    /// <summary>The analyzed term of the closest bank word, or null when the word is too short, not English, or nothing is close enough.</summary>
    public string? Correct(string word)
    {
        if (word.Length < 6 || !IsLatin(word))
        {
            return null;
        }

        var allowed = word.Length >= 8 ? 2 : 1;
        string? best = null;
        var bestDistance = allowed + 1;
        var bestFrequency = 0;
        foreach (var (candidate, term) in _words)
        {
            // Misspellings rarely touch the first letter; requiring it keeps "calling" from becoming "falling".
            if (candidate[0] != word[0] || Math.Abs(candidate.Length - word.Length) > allowed)
            {
                continue;
            }

            var distance = EditDistance.Compute(word, candidate, bestDistance + 1);
            if (distance > allowed || distance > bestDistance)
            {
                continue;
            }

            var frequency = _documentFrequency(term);
            if (distance < bestDistance || frequency > bestFrequency)
            {
                best = term;
                bestDistance = distance;
                bestFrequency = frequency;
            }
        }

        return best;
    }

    private static bool IsLatin(string word) => word.All(c => c is >= 'a' and <= 'z');
}
