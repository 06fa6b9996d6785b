using TutorBot.Core.Bank;

namespace TutorBot.Core.Interview;

/// <summary>
/// What a follow-up's answer is graded against: the key point it asks about; without one, the points the question
/// still misses; with nothing missed either (a stretch after a full answer), the whole entry.
/// </summary>
public static class FollowupRubric
{
    public static IReadOnlyList<KeyPoint> Points(BankEntry entry, InterviewQuestion question, AskedFollowup followup)
    {
        if (followup.KeyPointId is { } id && entry.KeyPoints.FirstOrDefault(k => Same(k.Id, id)) is { } point)
        {
            return [point];
        }

        var missed = entry.KeyPoints.Where(k => question.Missed.Contains(k.Id, StringComparer.OrdinalIgnoreCase)).ToList();
        return missed.Count > 0 ? missed : entry.KeyPoints;
    }

    /// <summary>The entry cut down to the follow-up: its question, its points, no numeric check of the original.</summary>
    public static BankEntry Narrow(BankEntry entry, IReadOnlyList<KeyPoint> points, AskedFollowup followup) => entry with
    {
        Question = followup.Text,
        Answer = new LocalizedText(
            string.Join("；", points.Select(k => k.Text.Zh)),
            string.Join("; ", points.Select(k => k.Text.En))),
        KeyPoints = points,
        Followups = [],
        Stretch = [],
        Calc = null,
    };

    /// <summary>
    /// The points the follow-up adds to the question's raw 0-10 score: the share of the question's weight it
    /// recovered (points the question had missed), times the follow-up credit, halved when a hint revealed it.
    /// </summary>
    public static double Credit(BankEntry entry, IEnumerable<string> recovered, bool hinted, double followupCredit)
    {
        var total = entry.KeyPoints.Sum(k => k.Weight);
        var gained = entry.KeyPoints.Where(k => recovered.Contains(k.Id, StringComparer.OrdinalIgnoreCase)).Sum(k => k.Weight);
        return total <= 0 ? 0 : gained / total * InterviewQuestion.FullMarks * followupCredit * (hinted ? 0.5 : 1);
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
