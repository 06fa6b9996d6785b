using TutorBot.Core.Bank;
using TutorBot.Core.Search;

namespace TutorBot.Core.Ask.Context;

/// <summary>
/// Decides, per question, what it is about. The question is scored alone and against the conversation's entries:
/// <list type="bullet">
/// <item>with no subject of its own ("why?", "为什么？") it is a follow-up on the latest entry;</item>
/// <item>when it does not lean on the conversation it stands alone: answered if the bank has it, a near miss, or refused;</item>
/// <item>a follow-up that names something the conversation never mentioned moves there ("and QLoRA?") and is refused
/// when the bank has nothing on it ("what's the weather there?");</item>
/// <item>otherwise it stays on the conversation's entry that speaks to it best ("what does beta do there?").</item>
/// </list>
/// </summary>
public sealed class ThreadResolver(QuestionBank bank, IQuestionSearch search)
{
    private const int Depth = 10;
    private const int EntriesPerTurn = 1;
    private const int MaxContextEntries = 6;

    public ThreadDecision Resolve(string question, Language language, IReadOnlyList<ContextTurn> context)
    {
        var hits = search.Search(question, Depth);
        var alone = hits.Count > 0 && search.IsRelevant(hits[0]) ? hits[0].Entry : null;
        var entries = ContextEntries(context);
        if (entries.Count > 0)
        {
            var subjects = search.Subjects(question);
            if (subjects.Count == 0)
            {
                return Followup(entries[0], entries[0], question, language);
            }

            if (FollowupDetector.IsReferring(question))
            {
                return FollowupWithSubjects(question, language, subjects, entries, context, alone);
            }
        }

        return alone is not null ? ThreadDecision.New(alone, question) : NearMissFinder.Find(search, question, hits) ?? ThreadDecision.Refused(question);
    }

    private ThreadDecision FollowupWithSubjects(
        string question,
        Language language,
        IReadOnlyList<QuerySubject> subjects,
        IReadOnlyList<BankEntry> entries,
        IReadOnlyList<ContextTurn> context,
        BankEntry? alone)
    {
        var ids = entries.Select(e => e.Id).ToList();
        var newNames = subjects.Where(s => s.IsName && !search.SearchAmong(s.Text, ids).Any(search.IsRelevant)).ToList();
        var combined = Combined(question, language, entries[0], context);
        if (newNames.Count > 0)
        {
            // The question moves on to something the conversation never mentioned: answer that, in the
            // conversation's frame ("and QLoRA?" after "how much memory does LoRA save?"), if the bank has it.
            var target = alone ?? combined;
            return target is not null && newNames.All(n => search.SearchAmong(n.Text, [target.Id]).Any(search.IsRelevant))
                ? new ThreadDecision(ResolvedAs.Followup, target, entries[0], question)
                : ThreadDecision.Refused(question);
        }

        var best = search.SearchAmong(question, ids).FirstOrDefault(search.IsRelevant)?.Entry;
        if (best is not null)
        {
            return Followup(best, best, question, language);
        }

        return combined is not null
            ? new ThreadDecision(ResolvedAs.Followup, combined, entries[0], JoinedQuery(question, entries[0], language))
            : Followup(entries[0], entries[0], question, language);
    }

    /// <summary>The best entry for the question read together with the question it follows, when relevant.</summary>
    private BankEntry? Combined(string question, Language language, BankEntry latest, IReadOnlyList<ContextTurn> context)
    {
        var previous = context.FirstOrDefault(t => t.Question.Length > 0)?.Question ?? latest.Question.For(language);
        var hits = search.Search(question + "\n" + previous, Depth);
        return hits.Count > 0 && search.IsRelevant(hits[0]) ? hits[0].Entry : null;
    }

    private static ThreadDecision Followup(BankEntry main, BankEntry contextEntry, string question, Language language) =>
        new(ResolvedAs.Followup, main, contextEntry, JoinedQuery(question, contextEntry, language));

    private static string JoinedQuery(string question, BankEntry entry, Language language) => question + "\n" + entry.Question.For(language);

    /// <summary>The entries the latest turns were answered from, newest turn first, its main entry first.</summary>
    private List<BankEntry> ContextEntries(IReadOnlyList<ContextTurn> context) =>
        context.SelectMany(t => t.EntryIds.Take(EntriesPerTurn))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(bank.Find)
            .OfType<BankEntry>()
            .Take(MaxContextEntries)
            .ToList();
}
