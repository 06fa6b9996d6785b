using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using TutorBot.Core.Bank;
using TutorBot.Core.Level;
using TutorBot.Core.Review;

namespace TutorBot.Core.Interview;

/// <summary>
/// Chooses an interview's entries. Review: only due entries, weakest first. Practice: due entries first (weakest
/// first, up to DueShare of the questions), then the entries of the difficulty nearest the user's level in their topic
/// (see <see cref="LevelModel"/>); among those, new before seen, then the closest to the level, new ones in an order
/// fixed per user (so different users see different questions), seen ones soonest due first. The engine picks the rest of an interview
/// again after each graded question, so the questions follow the level as it moves.
/// </summary>
public sealed class QuestionPicker(QuestionBank bank)
{
    /// <param name="asked">Entries already in the interview, left out.</param>
    /// <param name="dueSlots">How many due entries to put first; by default DueShare of the count (at least one).</param>
    public IReadOnlyList<BankEntry> Pick(
        InterviewPlan plan,
        IReadOnlyList<ReviewCard> cards,
        DateTimeOffset now,
        string userKey,
        double dueShare,
        IReadOnlyList<LevelEstimate>? levels = null,
        IReadOnlyCollection<string>? asked = null,
        int? dueSlots = null)
    {
        var estimates = levels ?? [];
        double LevelOf(BankEntry e) => LevelModel.In(e.Topic, estimates).Level;

        // A topic's name means that topic; other words select by tag ("attention" spans several topics).
        var byTopic = plan.Topic is not null && bank.Topics.Contains(plan.Topic, StringComparer.OrdinalIgnoreCase);
        var left = (asked ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var candidates = bank.Entries.Where(e => Matches(e, plan, byTopic) && !left.Contains(e.Id)).ToList();
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

        var picked = due.Take(dueSlots ?? Math.Max(1, (int)Math.Ceiling(plan.Count * dueShare))).ToList();
        var rest = candidates
            .Except(picked)
            .OrderBy(e => LevelModel.Misfit(LevelOf(e), e.Difficulty))
            .ThenBy(e => cardsById.ContainsKey(e.Id))
            .ThenBy(e => Math.Abs(LevelOf(e) - e.Difficulty))
            .ThenBy(e => cardsById.TryGetValue(e.Id, out var card) ? card.DueAt : DateTimeOffset.MinValue)
            .ThenBy(e => UserOrder(userKey, e.Id));
        picked.AddRange(rest.Take(plan.Count - picked.Count));
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
