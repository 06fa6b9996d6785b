using TutorBot.Core.Bank;

namespace TutorBot.Core.Grading.Rubric;

/// <summary>
/// Known wrong claims from the bank's misconceptions file, one per line:
/// <c>subjects | wrong claims | correction (zh) | correction (en)</c>, alternatives comma-separated, '#' comments.
/// </summary>
public sealed class MisconceptionTable(IReadOnlyList<Misconception> rules)
{
    public static MisconceptionTable Empty { get; } = new([]);

    public IReadOnlyList<Misconception> Rules { get; } = rules;

    /// <summary>Reads the lines of a misconceptions file; a malformed line is skipped.</summary>
    public static MisconceptionTable Parse(IEnumerable<string> lines)
    {
        var rules = new List<Misconception>();
        foreach (var line in lines.Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var parts = line.Split('|', StringSplitOptions.TrimEntries);
            if (parts.Length != 4)
            {
                continue;
            }

            static List<string> Alternatives(string part) => part.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
            var subjects = Alternatives(parts[0]);
            var claims = Alternatives(parts[1]);
            if (subjects.Count > 0 && claims.Count > 0 && parts[2].Length > 0 && parts[3].Length > 0)
            {
                rules.Add(new Misconception(subjects, claims, new LocalizedText(parts[2], parts[3])));
            }
        }

        return new MisconceptionTable(rules);
    }
}
