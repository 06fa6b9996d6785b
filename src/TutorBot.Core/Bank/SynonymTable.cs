namespace TutorBot.Core.Bank;

/// <summary>
/// Groups of equivalent terms from the bank's synonyms file (one comma-separated group per line, '#' comments).
/// Lookup is case-insensitive; a term may belong to several groups.
/// </summary>
public sealed class SynonymTable
{
    private readonly Dictionary<string, List<IReadOnlyList<string>>> _groupsByTerm = new(StringComparer.OrdinalIgnoreCase);

    public SynonymTable(IEnumerable<IReadOnlyList<string>> groups)
    {
        Groups = groups.Where(g => g.Count > 1).ToList();
        foreach (var group in Groups)
        {
            foreach (var term in group)
            {
                if (!_groupsByTerm.TryGetValue(term, out var list))
                {
                    _groupsByTerm[term] = list = [];
                }

                list.Add(group);
            }
        }
    }

    public static SynonymTable Empty { get; } = new([]);

    public IReadOnlyList<IReadOnlyList<string>> Groups { get; }

    /// <summary>Every term equivalent to the given one, itself included.</summary>
    public IReadOnlyCollection<string> Expand(string term)
    {
        if (!_groupsByTerm.TryGetValue(term.Trim(), out var groups))
        {
            return [term];
        }

        return groups.SelectMany(g => g).Prepend(term).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>Reads the lines of a synonyms file: one comma-separated group per line, '#' starts a comment line.</summary>
    public static SynonymTable Parse(IEnumerable<string> lines)
    {
        var groups = lines
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => (IReadOnlyList<string>)line.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        return new SynonymTable(groups);
    }
}
