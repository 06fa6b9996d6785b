using System.Text.RegularExpressions;

namespace TutorBot.Core.Grading.Bindings;

/// <summary>
/// Subject and property mentions of one answer with overlaps resolved (the longer wording wins), and the rule that
/// ties a property to a subject: "respectively" pairs them in order; otherwise within its clause the nearest subject before it, or one that closely follows it with no
/// conjunction between; else the nearest before it in the sentence, else the last one named, else the point's only subject.
/// </summary>
public sealed partial class MentionSet
{
    private const int CloseGap = 12;
    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",，:：");
    private readonly SentenceText _text;

    public MentionSet(SentenceText text, List<Mention> subjects, List<Mention> properties)
    {
        _text = text;
        var keptSubjects = Longest(subjects);
        var keptProperties = Longest(properties);

        // A wording that names its own subject ("more memory") is said of that subject.
        foreach (var property in keptProperties)
        {
            if (keptSubjects.FirstOrDefault(s => Contains(property, s) && property.End - property.Start > s.End - s.Start) is { } inside)
            {
                _named[(property.Start, property.End)] = inside.Group;
            }
        }

        Subjects = keptSubjects.Where(s => !keptProperties.Any(p => Contains(p, s) && p.End - p.Start > s.End - s.Start)).ToList();
        Properties = PropagateDenial(keptProperties.Where(p => !Subjects.Any(s => Overlaps(s, p))).ToList());
    }

    private readonly Dictionary<(int, int), int> _named = [];

    public IReadOnlyList<Mention> Subjects { get; }

    public IReadOnlyList<Mention> Properties { get; }

    /// <summary>
    /// The subject group a property mention is said of (-1 when none can be told), and whether that subject is named
    /// in the same sentence: only then can the answer be said to have confused them.
    /// </summary>
    public (int Group, bool InSentence) SubjectOf(Mention property, int groupCount)
    {
        if (_named.TryGetValue((property.Start, property.End), out var named))
        {
            return (named, true);
        }

        var sameSentence = Subjects.Where(s => s.Sentence == property.Sentence).ToList();
        var groups = sameSentence.Select(s => s.Group).Distinct().ToList();
        if (groups.Count >= 2 && Respectively().IsMatch(SentenceOf(property)))
        {
            var order = Properties.Where(p => p.Sentence == property.Sentence && !p.Negated).ToList();
            var k = order.IndexOf(property);
            if (k >= 0 && k < groups.Count && order.Count == groups.Count)
            {
                return (groups[k], true);
            }
        }

        // Within the clause: the nearest subject before the property, unless one follows it closely, nearer, and
        // with no conjunction between ("reduces memory but adds compute").
        var clause = sameSentence.Where(s => SameClause(s, property)).ToList();
        var before = clause.Where(s => s.End <= property.Start).MaxBy(s => s.End);
        var after = clause.Where(s => s.Start >= property.End).MinBy(s => s.Start);
        var afterGap = after is null ? int.MaxValue : after.Start - property.End;
        if (after is not null && afterGap <= CloseGap && (before is null || afterGap < property.Start - before.End)
            && !Conjunction().IsMatch(_text.Text[property.End..after.Start]))
        {
            return (after.Group, true);
        }

        var chosen = before
            ?? sameSentence.Where(s => s.End <= property.Start).MaxBy(s => s.End)
            ?? after;
        if (chosen is not null)
        {
            return (chosen.Group, true);
        }

        // Across sentences only the last subject named carries over; with none named at all, the point's only subject is meant.
        var earlier = Subjects.Where(s => s.End <= property.Start).MaxBy(s => s.End);
        return earlier is not null ? (earlier.Group, false) : Subjects.Count == 0 && groupCount == 1 ? (0, true) : (-1, false);
    }

    private bool SameClause(Mention a, Mention b)
    {
        var (from, to) = a.Start < b.Start ? (a.End, b.Start) : (b.End, a.Start);
        return from >= to || _text.Text.AsSpan(from, to - from).IndexOfAny(ClauseBreaks) < 0;
    }

    private string SentenceOf(Mention mention)
    {
        var start = _text.SentenceStart(mention.Start);
        var end = mention.End;
        while (end < _text.Text.Length && _text.SentenceOf(end) == mention.Sentence)
        {
            end++;
        }

        return _text.Text[start..end];
    }

    /// <summary>"LLaMA does not use LayerNorm, GELU or learned positions": a denial carries over a list.</summary>
    private List<Mention> PropagateDenial(List<Mention> properties)
    {
        var sorted = properties.OrderBy(p => p.Start).ToList();
        for (var i = 1; i < sorted.Count; i++)
        {
            var previous = sorted[i - 1];
            var current = sorted[i];
            if (previous.Negated && !current.Negated && previous.Sentence == current.Sentence && previous.End <= current.Start
                && ListGlue().IsMatch(_text.Text[previous.End..current.Start]))
            {
                sorted[i] = current with { Negated = true };
            }
        }

        return sorted;
    }

    /// <summary>Of overlapping mentions the longest (then the first) stays: "可学习的绝对位置" is one wording, not two.</summary>
    private static List<Mention> Longest(List<Mention> mentions) =>
        mentions.Where(m => !mentions.Any(o => !ReferenceEquals(o, m) && Overlaps(o, m)
                && (o.End - o.Start > m.End - m.Start || o.End - o.Start == m.End - m.Start && o.Start < m.Start)))
            .GroupBy(m => (m.Start, m.End)).Select(g => g.First()).OrderBy(m => m.Start).ToList();

    private static bool Contains(Mention outer, Mention inner) => outer.Start <= inner.Start && inner.End <= outer.End;

    private static bool Overlaps(Mention a, Mention b) => a.Start < b.End && b.Start < a.End;

    [GeneratedRegex(@"\b(while|whereas|but|and|or|than|vs|versus)\b|而|但|和|与|或|比|则|；")]
    private static partial Regex Conjunction();

    [GeneratedRegex(@"respectively|分别|各自|依次")]
    private static partial Regex Respectively();

    [GeneratedRegex(@"^[\s,，、/]*(or|and|nor|或|和|及|与|或者|也不|也)?[\s,，、/]*$")]
    private static partial Regex ListGlue();
}
