using TutorBot.Core.Bank;

namespace TutorBot.Host.Commands;

/// <summary>
/// A scripted candidate: what it says to a prompt of an entry, in interview number `interview` of `total`.
/// Blank always admits not knowing; reference gives the reference answer; half names the first half of the key
/// points; improving names a share of the key points that grows from none to all over the run.
/// </summary>
public sealed record InterviewerCandidate(string Name, Func<BankEntry, Language, int, int, string> Answer)
{
    public static IReadOnlyList<InterviewerCandidate> All { get; } =
    [
        new("blank", (_, language, _, _) => language == Language.Zh ? "不知道" : "I don't know"),
        new("reference", (entry, language, _, _) => entry.Answer.For(language).ReplaceLineEndings(" ")),
        new("half", (entry, language, _, _) => Points(entry, language, (entry.KeyPoints.Count + 1) / 2)),
        new("improving", (entry, language, interview, total) =>
            Points(entry, language, (int)Math.Round(entry.KeyPoints.Count * (double)interview / Math.Max(1, total - 1)))),
    ];

    private static string Points(BankEntry entry, Language language, int count) =>
        count == 0
            ? (language == Language.Zh ? "不清楚" : "not sure")
            : string.Join(language == Language.Zh ? "；" : "; ", entry.KeyPoints.Take(count).Select(k => k.Text.For(language)));
}
