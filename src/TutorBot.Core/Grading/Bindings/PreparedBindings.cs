using TutorBot.Core.Bank;

namespace TutorBot.Core.Grading.Bindings;

/// <summary>
/// A key point's bindings grouped by subject: each distinct subject list is one group, each binding and contrast
/// names its group by index. Built once per entry.
/// </summary>
public sealed class PreparedBindings
{
    /// <param name="point">The key point.</param>
    /// <param name="entrySubjects">Every subject list of the entry's points: a property said of another point's subject is no evidence for this one.</param>
    public PreparedBindings(KeyPoint point, IEnumerable<IReadOnlyList<string>> entrySubjects)
    {
        var groups = new List<IReadOnlyList<string>>();
        int GroupOf(IReadOnlyList<string> subject)
        {
            var index = groups.FindIndex(g => g.SequenceEqual(subject, StringComparer.OrdinalIgnoreCase));
            if (index < 0)
            {
                groups.Add(subject);
                index = groups.Count - 1;
            }

            return index;
        }

        Binds = point.Binds.Select(b => (GroupOf(b.Subject), b.Property)).ToList();
        Contrast = point.Contrast.Select(b => (GroupOf(b.Subject), b.Property)).ToList();
        OwnGroups = groups.Count;
        if (OwnGroups > 0)
        {
            foreach (var subject in entrySubjects)
            {
                GroupOf(subject);
            }
        }

        Subjects = groups;
        Point = point;
    }

    public KeyPoint Point { get; }

    /// <summary>Subject groups: this point's own first, then those only other points of the entry name.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Subjects { get; }

    public int OwnGroups { get; }

    public IReadOnlyList<(int Group, IReadOnlyList<string> Property)> Binds { get; }

    public IReadOnlyList<(int Group, IReadOnlyList<string> Property)> Contrast { get; }

    public bool IsEmpty => Binds.Count == 0 && Contrast.Count == 0;

    /// <summary>The groups whose bindings list this wording as their property.</summary>
    public IEnumerable<int> OwnersOf(string phrase) =>
        Binds.Where(b => b.Property.Contains(phrase, StringComparer.OrdinalIgnoreCase)).Select(b => b.Group);
}
