using System.Runtime.CompilerServices;
using TutorBot.Core.Bank;
using TutorBot.Core.Grading.Bindings;

namespace TutorBot.Core.Grading.Rubric;

/// <summary>The analyzed key points of one bank entry, built once per entry and analyzer.</summary>
public sealed class PreparedRubric
{
    private static readonly ConditionalWeakTable<BankEntry, PreparedRubric> Cache = new();

    private PreparedRubric(IReadOnlyList<PreparedPoint> points, ITextAnalyzer analyzer)
    {
        Points = points;
        Analyzer = analyzer;
    }

    public IReadOnlyList<PreparedPoint> Points { get; }

    private ITextAnalyzer Analyzer { get; }

    public static PreparedRubric For(BankEntry entry, ITextAnalyzer analyzer, SynonymTable synonyms)
    {
        if (Cache.TryGetValue(entry, out var cached) && ReferenceEquals(cached.Analyzer, analyzer))
        {
            return cached;
        }

        var prepared = Build(entry, analyzer, synonyms);
        Cache.AddOrUpdate(entry, prepared);
        return prepared;
    }

    private static PreparedRubric Build(BankEntry entry, ITextAnalyzer analyzer, SynonymTable synonyms)
    {
        var questionTerms = analyzer.Terms(entry.Question.Zh).Concat(analyzer.Terms(entry.Question.En)).ToHashSet(StringComparer.Ordinal);
        var wordings = entry.KeyPoints
            .Select(p => new[] { p.Text.Zh, p.Text.En }.Select(t => analyzer.Terms(t).Distinct().ToList()).ToList())
            .ToList();

        // A term in the wording of half the points or more ("ZeRO", "shards") tells them apart no better than the question does.
        var shared = new HashSet<string>(StringComparer.Ordinal);
        if (entry.KeyPoints.Count >= 3)
        {
            var pointCounts = wordings.SelectMany(w => w.SelectMany(t => t).Distinct()).GroupBy(t => t);
            shared.UnionWith(pointCounts.Where(g => g.Count() * 2 >= entry.KeyPoints.Count).Select(g => g.Key));
        }

        var entrySubjects = entry.KeyPoints.SelectMany(p => p.Binds.Concat(p.Contrast)).Select(b => b.Subject).ToList();
        var points = entry.KeyPoints.Select((point, i) => new PreparedPoint(
            point,
            point.Aliases.SelectMany(a => synonyms.Expand(a)).Distinct(StringComparer.OrdinalIgnoreCase)
                .Select(phrase => (phrase, (IReadOnlyList<string>)analyzer.Terms(phrase)))
                .Where(p => p.Item2.Count > 0 && !p.Item2.All(questionTerms.Contains))
                .ToList(),
            wordings[i].Select(terms => (IReadOnlyList<string>)terms.Where(t => !questionTerms.Contains(t) && !shared.Contains(t)).ToList()).ToList(),
            new PreparedBindings(point, entrySubjects)))
            .ToList();
        return new PreparedRubric(points, analyzer);
    }
}
