using System.Text;
using TutorBot.Core.Bank;
using TutorBot.Core.Grading.Rubric;
using TutorBot.Core.Phrasing;

namespace TutorBot.Core.Grading;

/// <summary>
/// Writes feedback in the user's language: what was good, what is missing (as a hint, never the model answer),
/// one concrete next step, and for concept questions which steps of the answer framework the answer took.
/// </summary>
public static class FeedbackWriter
{
    private const int MaxHints = 3;

    public static string Write(GradeDraft draft, BankEntry? entry, PreparedAnswer answer, Language language)
    {
        var text = new StringBuilder();
        foreach (var note in draft.Notes)
        {
            text.AppendLine(note.For(language));
        }

        if (answer.Problem != AnswerProblem.None)
        {
            return text.ToString().TrimEnd();
        }

        var covered = draft.Points.Where(p => p.IsCovered).ToList();
        var missed = draft.Points.Where(p => !p.IsCovered).OrderByDescending(p => p.Point.Weight).ToList();
        if (covered.Count > 0)
        {
            text.AppendLine(Phrases.GoodPoints(language, covered.Select(p => p.Point.Text.For(language))));
        }
        else if (draft.Score >= 5)
        {
            text.AppendLine(Phrases.GoodMainIdeas(language));
        }

        var hints = missed.Take(MaxHints).Select(p => Hint(p.Point, entry, language)).Concat(draft.JudgeRemarks).ToList();
        if (hints.Count > 0)
        {
            text.AppendLine(Phrases.MissingHeading(language));
            foreach (var hint in hints)
            {
                text.AppendLine($"- {hint}");
            }
        }

        // Framework advice names only the parts the answer lacked, and only for an answer that made a point at all.
        if (entry?.Kind == EntryKind.Concept && covered.Count > 0)
        {
            var present = AnswerFramework.Present(answer.Text);
            var absent = AnswerFramework.Parts.Except(present).Select(p => p.Name.For(language)).ToList();
            if (absent.Count > 0)
            {
                text.AppendLine(Phrases.FrameworkAdvice(language, absent));
            }
        }

        text.AppendLine(NextStep(draft, missed, entry, language));
        return text.ToString().TrimEnd();
    }

    private static string Hint(KeyPoint point, BankEntry? entry, Language language)
    {
        var followup = entry?.Followups.FirstOrDefault(f => string.Equals(f.KeyPointId, point.Id, StringComparison.OrdinalIgnoreCase));
        if (followup is not null)
        {
            return Phrases.ThinkAbout(language, followup.Question.For(language));
        }

        var keyword = Keyword(point, language);
        if (keyword is null)
        {
            return Phrases.PointNotMentioned(language, point.Id);
        }

        return Phrases.SomethingAbout(language, keyword);
    }

    /// <summary>An alias to hint with: in the user's language if possible, and never one holding a figure (it would give the answer away).</summary>
    private static string? Keyword(KeyPoint point, Language language)
    {
        var candidates = point.Aliases.Where(a => !a.Any(char.IsDigit)).ToList();
        return candidates.FirstOrDefault(a => LanguageDetector.Detect(a, language) == language) ?? candidates.FirstOrDefault();
    }

    private static string NextStep(GradeDraft draft, IReadOnlyList<PointCoverage> missed, BankEntry? entry, Language language)
    {
        if (missed.Count > 0)
        {
            var keyword = Keyword(missed[0].Point, language) ?? missed[0].Point.Id;
            return Phrases.NextStepExplain(language, keyword);
        }

        if (draft.Score < 8)
        {
            return Phrases.NextStepCompare(language);
        }

        var followup = entry?.Followups.FirstOrDefault();
        return followup is not null
            ? Phrases.NextStepFollowup(language, followup.Question.For(language))
            : Phrases.NextStepHarder(language);
    }
}
