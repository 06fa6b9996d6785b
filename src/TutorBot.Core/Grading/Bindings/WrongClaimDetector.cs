using System.Text.RegularExpressions;
using TutorBot.Core.Bank;

namespace TutorBot.Core.Grading.Bindings;

/// <summary>Finds an entry's wrong claims in an answer: a claim wording, not denied, said of the subject (when one is given).</summary>
public static partial class WrongClaimDetector
{
    private const int MaxGap = 40;

    public static IReadOnlyList<(WrongClaim Claim, string Evidence)> Find(BankEntry entry, SentenceText text)
    {
        var found = new List<(WrongClaim, string)>();
        foreach (var wrong in entry.Wrong)
        {
            var claims = new List<Mention>();
            foreach (var phrase in wrong.Claim)
            {
                MentionFinder.Find(text, phrase, 0, claims);
            }

            var subjects = new List<Mention>();
            foreach (var phrase in wrong.Subject)
            {
                MentionFinder.Find(text, phrase, 0, subjects);
            }

            var made = claims.FirstOrDefault(c => !c.Negated && (wrong.Subject.Count == 0 || subjects.Any(s => Said(text, s, c))));
            if (made is not null)
            {
                found.Add((wrong, text.SentenceAround(made.Start)));
            }
        }

        return found;
    }

    /// <summary>The claim is said of the subject: close to it in one clause, with no conjunction between ("BERT is encoder-only while GPT ...").</summary>
    private static bool Said(SentenceText text, Mention subject, Mention claim)
    {
        if (subject.Sentence != claim.Sentence || subject.Start < claim.End && claim.Start < subject.End)
        {
            return false;
        }

        var (from, to) = subject.End <= claim.Start ? (subject.End, claim.Start) : (claim.End, subject.Start);
        return to - from <= MaxGap && !Between().IsMatch(text.Text[from..to]);
    }

    [GeneratedRegex(@"[,，;；]|\b(while|whereas|but|unlike)\b|而|但|不像|不同于")]
    private static partial Regex Between();
}
