using TutorBot.Core.Bank;

namespace TutorBot.Host.Commands;

/// <summary>
/// A scripted candidate: what it says to a prompt of an entry, in interview number `interview` of `total`.
/// Blank always admits not knowing; reference gives the reference answer; half names the first key points up to
/// about half of their weight (at least one, never all); improving names a share of the key points that grows from
/// none to all over the run.
/// </summary>
public sealed record InterviewerCandidate(string Name, Func<BankEntry, Language, int, int, string> Answer)
{
    public static IReadOnlyList<InterviewerCandidate> All { get; } =
    [
        new("blank", (_, language, _, _) => language == Language.Zh ? "不知道" : "I don't know"),
        new("reference", (entry, language, _, _) => entry.Answer.For(language).ReplaceLineEndings(" ")),
        new("half", (entry, language, _, _) => Points(entry, language, HalfTheWeight(entry))),
        new("improving", (entry, language, interview, total) =>
            Points(entry, language, (int)Math.Round(entry.KeyPoints.Count * (double)interview / Math.Max(1, total - 1)))),
    ];

    /// <summary>
    /// How many leading key points come closest to half of the entry's weight. Half of the count would not do: with
    /// three points weighted 3, 3, 2, the first two are three quarters of the answer, a strong one.
    /// </summary>
    private static int HalfTheWeight(BankEntry entry)
    {
        var total = entry.KeyPoints.Sum(k => k.Weight);
        var bestCount = 1;
        var bestGap = double.MaxValue;
        double sum = 0;
        for (var count = 1; count < entry.KeyPoints.Count; count++)
        {
            sum += entry.KeyPoints[count - 1].Weight;
            var gap = Math.Abs(sum / total - 0.5);
            if (gap < bestGap)
            {
                (bestCount, bestGap) = (count, gap);
            }
        }

        return bestCount;
    }

    private static string Points(BankEntry entry, Language language, int count) =>
        count == 0
            ? (language == Language.Zh ? "不清楚" : "not sure")
            : string.Join(language == Language.Zh ? "；" : "; ", entry.KeyPoints.Take(count).Select(k => k.Text.For(language)));
}
