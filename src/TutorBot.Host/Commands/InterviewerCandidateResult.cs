using System.Globalization;
using System.Text;

namespace TutorBot.Host.Commands;

/// <summary>What one scripted candidate met: follow-up kinds after each answer level, counts, difficulty over time.</summary>
public sealed record InterviewerCandidateResult(
    string Candidate,
    int Interviews,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> FollowupsAfterLevel,
    double QuestionsPerInterview,
    double FollowupsPerInterview,
    double ProbeAfterFirstAnswerShare,
    IReadOnlyList<double> DifficultyByInterviewTenth,
    double FirstInterviewDifficulty,
    double LastInterviewDifficulty)
{
    public string ToText()
    {
        var text = new StringBuilder();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{Candidate}: {Interviews} interviews, {QuestionsPerInterview:0.00} questions and {FollowupsPerInterview:0.00} follow-ups per interview"));
        foreach (var (level, kinds) in FollowupsAfterLevel)
        {
            text.AppendLine($"  after a {level} answer: " + string.Join(", ", kinds.Select(k => $"{k.Key} {k.Value}")));
        }

        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  probe after a first answer: {ProbeAfterFirstAnswerShare:P1}"));
        text.AppendLine("  mean difficulty by tenth of the run: " + string.Join(" ", DifficultyByInterviewTenth.Select(d => d.ToString("0.00", CultureInfo.InvariantCulture))));
        text.Append(string.Create(CultureInfo.InvariantCulture, $"  mean difficulty of the first interview {FirstInterviewDifficulty:0.00} -> of the last {LastInterviewDifficulty:0.00}"));
        return text.ToString();
    }
}
