using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using TutorBot.Core.Bank;
using TutorBot.Core.Level;
using TutorBot.Core.Review;

namespace TutorBot.Core.Interview;

/// <summary>
/// Chooses an interview's entries. Review: only due entries, weakest first. Practice: due entries first
/// (weakest first, up to DueShare of the questions while new entries remain), then entries never seen, then seen
/// entries soonest due. New and seen entries come closest to the user's level in their topic first (see
/// <see cref="LevelModel"/>); among equals in an order fixed per user, so different users see different questions.
/// </summary>
public sealed class QuestionPicker(QuestionBank bank)
{
    public IReadOnlyList<BankEntry> Pick(
        InterviewPlan plan,
        IReadOnlyList<ReviewCard> cards,
        DateTimeOffset now,
        string userKey,
        double dueShare,
        IReadOnlyList<LevelEstimate>? levels = null)
    {
        var levelByTopic = (levels ?? []).ToDictionary(l => l.Topic, l => l.Level, StringComparer.OrdinalIgnoreCase);
        double Misfit(BankEntry e) => LevelModel.Misfit(levelByTopic.GetValueOrDefault(e.Topic, LevelModel.Middle), e.Difficulty);

        // A topic's name means that topic; other words select by tag ("attention" spans several topics).
        var byTopic = plan.Topic is not null && bank.Topics.Contains(plan.Topic, StringComparer.OrdinalIgnoreCase);
        var candidates = bank.Entries.Where(e => Matches(e, plan, byTopic)).ToList();
        var inBank = candidates.ToDictionary(e => e.Id, StringComparer.OrdinalIgnoreCase);
        var cardsById = cards.ToDictionary(c => c.EntryId, StringComparer.OrdinalIgnoreCase);
        var due = Sm2Scheduler.DueWeakestFirst(cards, now)
            .Where(c => inBank.ContainsKey(c.EntryId))
            .Select(c => inBank[c.EntryId])
            .ToList();
        if (plan.Mode == InterviewMode.Review)
        {
            return due.Take(plan.Count).ToList();
        }

        var fresh = candidates.Where(e => !cardsById.ContainsKey(e.Id)).OrderBy(Misfit).ThenBy(e => UserOrder(userKey, e.Id)).ToList();
        var seenNotDue = candidates
            .Where(e => cardsById.TryGetValue(e.Id, out var card) && !card.IsDue(now))
            .OrderBy(Misfit)
            .ThenBy(e => cardsById[e.Id].DueAt)
            .ToList();

        var dueSlots = fresh.Count == 0 ? plan.Count : Math.Max(1, (int)Math.Ceiling(plan.Count * dueShare));
        var picked = due.Take(dueSlots).ToList();
        picked.AddRange(fresh.Take(plan.Count - picked.Count));
        picked.AddRange(due.Skip(dueSlots).Take(plan.Count - picked.Count));
        picked.AddRange(seenNotDue.Take(plan.Count - picked.Count));
        return picked;
    }

    public bool IsKnownTopic(string topic) =>
        bank.Entries.Any(e => string.Equals(e.Topic, topic, StringComparison.OrdinalIgnoreCase)
            || e.Tags.Contains(topic, StringComparer.OrdinalIgnoreCase));

    private static bool Matches(BankEntry entry, InterviewPlan plan, bool byTopic) =>
        (plan.Topic is null
            || (byTopic
                ? string.Equals(entry.Topic, plan.Topic, StringComparison.OrdinalIgnoreCase)
                : entry.Tags.Contains(plan.Topic, StringComparer.OrdinalIgnoreCase)))
        && (plan.Difficulty is null || entry.Difficulty == plan.Difficulty);

    private static ulong UserOrder(string userKey, string entryId) =>
        BinaryPrimitives.ReadUInt64LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(userKey + "\n" + entryId)));
}
