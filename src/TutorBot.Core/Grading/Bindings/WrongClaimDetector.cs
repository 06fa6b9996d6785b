using TutorBot.Core.Bank;

namespace TutorBot.Core.Grading.Bindings;

/// <summary>Finds an entry's wrong claims in an answer: a claim wording, not denied, in a sentence that names the subject.</summary>
public static class WrongClaimDetector
{
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

            var made = claims.FirstOrDefault(c => !c.Negated && (wrong.Subject.Count == 0 || subjects.Any(s => s.Sentence == c.Sentence && (s.End <= c.Start || s.Start >= c.End))));
            if (made is not null)
            {
                found.Add((wrong, text.SentenceAround(made.Start)));
            }
        }

        return found;
    }
}
