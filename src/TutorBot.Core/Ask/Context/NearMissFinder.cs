using TutorBot.Core.Bank;
using TutorBot.Core.Search;

namespace TutorBot.Core.Ask.Context;

/// <summary>
/// A question the bank cannot answer as asked but covers in part under another name ("怎么用 DeepSpeed 做多机训练？"
/// finds ZeRO): the best hit that speaks to at least a share of the question and to a technical term it uses.
/// Questions with nothing of the bank in them find no such hit and stay refused.
/// </summary>
public static class NearMissFinder
{
    private const double MinCoverage = 0.2;

    public static ThreadDecision? Find(IQuestionSearch search, string question, IReadOnlyList<SearchHit> hits)
    {
        var subjects = search.Subjects(question);
        var terms = subjects.Where(s => s.IsTerm).ToList();
        // An entry that explains is a better stand-in than a worked calculation that merely mentions the name. When the
        // question's plain words ("configure", "jobs") rank other entries first, its terms alone find the entry on them.
        var candidates = hits.Where(h => h.Coverage >= MinCoverage).OrderBy(h => h.Entry.Kind == EntryKind.Calculation)
            .Concat(ByTerms(search, terms, hits.Count));
        foreach (var hit in candidates)
        {
            if (!terms.Any(n => Covers(search, n, hit.Entry.Id)))
            {
                continue;
            }

            var missing = subjects.Where(s => !Covers(search, s, hit.Entry.Id)).Select(s => s.Text).ToList();
            return ThreadDecision.New(hit.Entry, question) with { NotCovered = Joined(question, missing) };
        }

        return null;
    }

    /// <summary>The entries the question's terms alone find, searched only when the question's own hits gave none.</summary>
    private static IEnumerable<SearchHit> ByTerms(IQuestionSearch search, IReadOnlyList<QuerySubject> terms, int count)
    {
        if (terms.Count == 0)
        {
            yield break;
        }

        foreach (var hit in search.Search(string.Join(' ', terms.Select(t => t.Text)), count).Where(search.IsRelevant).OrderBy(h => h.Entry.Kind == EntryKind.Calculation))
        {
            yield return hit;
        }
    }

    private static bool Covers(IQuestionSearch search, QuerySubject subject, string entryId) =>
        search.SearchAmong(subject.Text, [entryId]).Any(search.IsRelevant);

    /// <summary>Neighbouring pieces of one word, as the segmenter split it ("多", "机" of "多机"), are named as one.</summary>
    private static IReadOnlyList<string> Joined(string question, IReadOnlyList<string> pieces)
    {
        var text = question.ToLowerInvariant();
        var joined = new List<string>();
        foreach (var piece in pieces)
        {
            if (joined.Count > 0 && text.Contains(joined[^1] + piece, StringComparison.Ordinal))
            {
                joined[^1] += piece;
            }
            else
            {
                joined.Add(piece);
            }
        }

        return joined.Count > 0 ? joined : [question.Trim()];
    }
}
