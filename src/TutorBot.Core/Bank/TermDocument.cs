namespace TutorBot.Core.Bank;

/// <summary>One entry's analyzed text, for asking whether a wording (its terms close together) occurs in it.</summary>
public sealed class TermDocument
{
    private readonly Dictionary<string, List<int>> _positions = new(StringComparer.Ordinal);

    public TermDocument(IReadOnlyList<string> terms)
    {
        for (var i = 0; i < terms.Count; i++)
        {
            if (!_positions.TryGetValue(terms[i], out var list))
            {
                _positions[terms[i]] = list = [];
            }

            list.Add(i);
        }
    }

    /// <summary>
    /// Whether all the terms occur close together (in any order): within a window a few terms wider than the
    /// phrase, so that "ZeRO-2" is not found in "ZeRO-1 ... 2 + 14/N".
    /// </summary>
    public bool ContainsPhrase(IReadOnlyList<string> terms, int slack = 2)
    {
        if (terms.Count == 0 || !terms.All(_positions.ContainsKey))
        {
            return false;
        }

        var window = terms.Count + slack;
        return _positions[terms[0]].Any(anchor => terms.Skip(1).All(t => _positions[t].Any(p => Math.Abs(p - anchor) < window)));
    }
}
