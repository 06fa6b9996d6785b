using System.Text.RegularExpressions;

namespace TutorBot.Core.Grading.Bindings;

/// <summary>
/// Subject and property mentions of one answer with overlaps resolved (the longer wording wins), and the rule that
/// ties a property to a subject: "respectively" pairs them in order; a subject in brackets right after the property
/// is its own; otherwise the nearest subject before it in the sentence, else after it, else the last one named.
/// </summary>
public sealed partial class MentionSet
{
    private readonly SentenceText _text;

    public MentionSet(SentenceText text, List<Mention> subjects, List<Mention> properties)
    {
        _text = text;
        var keptSubjects = Longest(subjects);
        var keptProperties = Longest(properties);
        Subjects = keptSubjects.Where(s => !keptProperties.Any(p => Contains(p, s) && p.End - p.Start > s.End - s.Start)).ToList();
        Properties = PropagateDenial(keptProperties.Where(p => !Subjects.Any(s => Overlaps(s, p))).ToList());
    }

    public IReadOnlyList<Mention> Subjects { get; }

    public IReadOnlyList<Mention> Properties { get; }

    /// <summary>The subject group a property mention is said of, or -1 when none can be told.</summary>
    public int SubjectOf(Mention property, int groupCount)
    {
        var sameSentence = Subjects.Where(s => s.Sentence == property.Sentence).ToList();
        var groups = sameSentence.Select(s => s.Group).Distinct().ToList();
        if (groups.Count >= 2 && Respectively().IsMatch(SentenceOf(property)))
        {
            var order = Properties.Where(p => p.Sentence == property.Sentence && !p.Negated).ToList();
            var k = order.IndexOf(property);
            if (k >= 0 && k < groups.Count && order.Count == groups.Count)
            {
                return groups[k];
            }
        }

        var bracketed = sameSentence.FirstOrDefault(s => s.Start >= property.End && s.Start - property.End <= 3
            && _text.Text[property.End..s.Start].IndexOfAny(['(', '（']) >= 0);
        if (bracketed is not null)
        {
            return bracketed.Group;
        }

        var before = sameSentence.Where(s => s.End <= property.Start).MaxBy(s => s.End)
            ?? sameSentence.Where(s => s.Start >= property.End).MinBy(s => s.Start)
            ?? Subjects.Where(s => s.End <= property.Start).MaxBy(s => s.End);
        return before?.Group ?? (groupCount == 1 ? 0 : -1);
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

    private static List<Mention> Longest(List<Mention> mentions) =>
        mentions.Where(m => !mentions.Any(o => !ReferenceEquals(o, m) && Contains(o, m) && (o.End - o.Start > m.End - m.Start || o.Start < m.Start)))
            .GroupBy(m => (m.Start, m.End)).Select(g => g.First()).OrderBy(m => m.Start).ToList();

    private static bool Contains(Mention outer, Mention inner) => outer.Start <= inner.Start && inner.End <= outer.End;

    private static bool Overlaps(Mention a, Mention b) => a.Start < b.End && b.Start < a.End;

    [GeneratedRegex(@"respectively|分别|各自|依次")]
    private static partial Regex Respectively();

    [GeneratedRegex(@"^[\s,，、/]*(or|and|nor|或|和|及|与|或者|也不|也)?[\s,，、/]*$")]
    private static partial Regex ListGlue();
}
