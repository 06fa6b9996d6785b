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

    /// <summary>How much better an entry of its own must match a follow-up than the conversation's entry to take it over.</summary>
    private const double OwnSubjectDominance = 1.5;

    /// <summary>How rare (as inverse document frequency) a follow-up's name must be to take it to an entry of its own: "DPO" is, "显存" is not.</summary>
    private const double DistinctiveWeight = 1.0;

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

            // "What are the usual failure modes?" names no new subject: it goes on with the entry being discussed.
            if (alone is not null && entries.Contains(alone))
            {
                return Followup(alone, alone, question, language);
            }

            // "精度用什么？" after a serving plan names nothing of its own: it goes on with the entry that speaks to it.
            if (!subjects.Any(s => s.IsName)
                && search.SearchAmong(question, entries.Select(e => e.Id).ToList()).FirstOrDefault(search.IsRelevant) is { } onContext)
            {
                return Followup(onContext.Entry, onContext.Entry, question, language);
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
        var pronoun = FollowupDetector.HasPronoun(question);

        // With a pronoun, a word the bank uses elsewhere ("bigger", "难点") is how the question is put, not a new subject.
        var newNames = subjects
            .Where(s => s.IsName && (!pronoun || s.IsTerm || s.IsUnknown) && !search.SearchAmong(s.Text, ids).Any(search.IsRelevant))
            .ToList();
        var figures = question.Any(char.IsAsciiDigit);
        var standalone = Answerable(alone, figures);
        var combined = Answerable(Combined(question, language, entries[0], context), figures);
        if (newNames.Count > 0)
        {
            // The question moves on to something the conversation never mentioned: answer that, in the
            // conversation's frame ("and QLoRA?" after "how much memory does LoRA save?"), if the bank has it.
            var target = standalone ?? combined ?? Answerable(OwnEntryOf(newNames), figures);
            return target is not null && newNames.All(n => search.SearchAmong(n.Text, [target.Id]).Any(search.IsRelevant))
                ? new ThreadDecision(ResolvedAs.Followup, target, entries[0], question)
                : ThreadDecision.Refused(question);
        }

        // A name of its own ("and FSDP?") is weighed below against the conversation; a common word ("那训练呢？") swaps
        // a part of the previous question.
        if (!subjects.Any(s => s.IsName) && ContrastTarget(question, language, entries[0], context, figures) is { } contrast)
        {
            return new ThreadDecision(ResolvedAs.Followup, contrast, entries[0], JoinedQuery(question, entries[0], language));
        }

        var best = search.SearchAmong(question, ids).FirstOrDefault(search.IsRelevant);
        if (best is not null)
        {
            // "DPO?" after the RLHF pipeline: that entry mentions DPO, but DPO's own entry is about it.
            // A pronoun ("what does beta do there?") keeps the conversation's entry.
            var ownEntry = standalone is not null && !entries.Contains(standalone) && !pronoun
                && subjects.Any(s => s.IsName && s.Weight >= DistinctiveWeight)
                && AloneScore(question, standalone) >= OwnSubjectDominance * best.Score;
            return ownEntry
                ? new ThreadDecision(ResolvedAs.Followup, standalone, best.Entry, question)
                : Followup(best.Entry, best.Entry, question, language);
        }

        return combined is not null
            ? new ThreadDecision(ResolvedAs.Followup, combined, entries[0], JoinedQuery(question, entries[0], language))
            : Followup(entries[0], entries[0], question, language);
    }

    /// <summary>
    /// "那训练呢？" after "how do you estimate inference memory?": the previous question asked again about something its
    /// entry neither names in its question nor makes a key point of. Among the entries that answer both together, the
    /// first whose own question names it.
    /// </summary>
    private BankEntry? ContrastTarget(string question, Language language, BankEntry latest, IReadOnlyList<ContextTurn> context, bool figures)
    {
        if (ContrastFollowup.Subject(question) is not { } subject || Names(latest, subject) || Covers(latest, subject))
        {
            return null;
        }

        return search.Search(subject + "\n" + PreviousQuestion(context, latest, language), Depth)
            .Where(search.IsRelevant)
            .Select(h => h.Entry)
            .FirstOrDefault(e => Names(e, subject) && Answerable(e, figures) is not null);
    }

    /// <summary>"那显存呢？" after FlashAttention asks about a point of the same entry, not about another entry.</summary>
    private static bool Covers(BankEntry entry, string subject) => entry.KeyPoints.Any(k => Mentions(k.Text, subject));

    private static bool Names(BankEntry entry, string subject) => Mentions(entry.Question, subject);

    private static bool Mentions(LocalizedText text, string subject) =>
        text.Zh.Contains(subject, StringComparison.OrdinalIgnoreCase) || text.En.Contains(subject, StringComparison.OrdinalIgnoreCase);

    /// <summary>A worked calculation answers a follow-up only when the follow-up gives figures of its own.</summary>
    private static BankEntry? Answerable(BankEntry? entry, bool figures) =>
        entry is { Kind: EntryKind.Calculation } && !figures ? null : entry;

    /// <summary>The entry the names alone lead to ("连续批处理" of "它和连续批处理有什么关系？").</summary>
    private BankEntry? OwnEntryOf(IReadOnlyList<QuerySubject> names)
    {
        var hits = search.Search(string.Join(' ', names.Select(n => n.Text)), Depth);
        return hits.Count > 0 && search.IsRelevant(hits[0]) ? hits[0].Entry : null;
    }

    private double AloneScore(string question, BankEntry entry) => search.SearchAmong(question, [entry.Id]).FirstOrDefault()?.Score ?? 0;

    /// <summary>The best entry for the question read together with the question it follows, when relevant.</summary>
    private BankEntry? Combined(string question, Language language, BankEntry latest, IReadOnlyList<ContextTurn> context)
    {
        var hits = search.Search(question + "\n" + PreviousQuestion(context, latest, language), Depth);
        return hits.Count > 0 && search.IsRelevant(hits[0]) ? hits[0].Entry : null;
    }

    private static string PreviousQuestion(IReadOnlyList<ContextTurn> context, BankEntry latest, Language language) =>
        context.FirstOrDefault(t => t.Question.Length > 0)?.Question ?? latest.Question.For(language);

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
