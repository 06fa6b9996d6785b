using System.Text;
using TutorBot.Core.Bank;
using TutorBot.Core.Grading.Rubric;

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
        var zh = language == Language.Zh;
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
            var names = string.Join(zh ? "；" : "; ", covered.Select(p => p.Point.Text.For(language)));
            text.AppendLine(zh ? $"做得好：{names}。" : $"Good: {names}.");
        }
        else if (draft.Score >= 5)
        {
            text.AppendLine(zh ? "做得好：回答与参考答案的要点基本一致。" : "Good: your answer matches the main ideas of the reference.");
        }

        var hints = missed.Take(MaxHints).Select(p => Hint(p.Point, entry, language)).Concat(draft.JudgeRemarks).ToList();
        if (hints.Count > 0)
        {
            text.AppendLine(zh ? "还缺少：" : "Missing:");
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
                text.AppendLine(zh
                    ? $"答题框架：还可以补充 {string.Join("、", absent)}。"
                    : $"Answer framework: you could add {string.Join(", ", absent)}.");
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
            return language == Language.Zh ? $"想一想：{followup.Question.Zh}" : $"think about: {followup.Question.En}";
        }

        var keyword = Keyword(point, language);
        if (keyword is null)
        {
            return language == Language.Zh ? $"还有一个要点（{point.Id}）没有提到" : $"one point ({point.Id}) is not mentioned";
        }

        return language == Language.Zh ? $"提示：和“{keyword}”有关的一点" : $"hint: something about \"{keyword}\"";
    }

    /// <summary>An alias to hint with: in the user's language if possible, and never one holding a figure (it would give the answer away).</summary>
    private static string? Keyword(KeyPoint point, Language language)
    {
        var candidates = point.Aliases.Where(a => !a.Any(char.IsDigit)).ToList();
        return candidates.FirstOrDefault(a => LanguageDetector.Detect(a, language) == language) ?? candidates.FirstOrDefault();
    }

    private static string NextStep(GradeDraft draft, IReadOnlyList<PointCoverage> missed, BankEntry? entry, Language language)
    {
        var zh = language == Language.Zh;
        if (missed.Count > 0)
        {
            var keyword = Keyword(missed[0].Point, language) ?? missed[0].Point.Id;
            return zh
                ? $"下一步：用一两句话解释“{keyword}”这一点，然后再答一次。"
                : $"Next step: explain the point about \"{keyword}\" in one or two sentences, then answer again.";
        }

        if (draft.Score < 8)
        {
            return zh ? "下一步：对照参考答案补全论证，再答一次。" : "Next step: compare with the reference answer, fill the gaps, and answer again.";
        }

        var followup = entry?.Followups.FirstOrDefault();
        return followup is not null
            ? (zh ? $"下一步：试试追问——{followup.Question.Zh}" : $"Next step: try the follow-up — {followup.Question.En}")
            : (zh ? "下一步：换一道更难的题。" : "Next step: try a harder question.");
    }
}
