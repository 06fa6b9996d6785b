namespace TutorBot.Retrieval.Querying;

/// <summary>Maps a misspelled Latin query term ("attension", "quantizaton") to the closest term of the bank.</summary>
public sealed class TermCorrector
{
    private readonly string[] _latinTerms;
    private readonly Func<string, int> _documentFrequency;

    public TermCorrector(IEnumerable<string> vocabulary, Func<string, int> documentFrequency)
    {
        _latinTerms = vocabulary.Where(t => t.Length >= 3 && t.All(c => c is >= 'a' and <= 'z')).ToArray();
        _documentFrequency = documentFrequency;
    }

    /// <summary>The correction, or null when the term is too short, not Latin, or nothing is close enough.</summary>
    public string? Correct(string term)
    {
        if (term.Length < 4 || !term.All(c => c is >= 'a' and <= 'z'))
        {
            return null;
        }

        var allowed = term.Length >= 8 ? 2 : 1;
        string? best = null;
        var bestDistance = allowed + 1;
        var bestFrequency = 0;
        foreach (var candidate in _latinTerms)
        {
            if (Math.Abs(candidate.Length - term.Length) > allowed)
            {
                continue;
            }

            var distance = EditDistance.Compute(term, candidate, bestDistance);
            if (distance < bestDistance || (distance == bestDistance && distance <= allowed && _documentFrequency(candidate) > bestFrequency))
            {
                best = candidate;
                bestDistance = distance;
                bestFrequency = _documentFrequency(candidate);
            }
        }

        return bestDistance <= allowed ? best : null;
    }
}
