using System.Globalization;
using System.Text;
using TutorBot.Core.Ask.Evaluation;

namespace TutorBot.Host.Commands;

/// <summary>The text of `eval conversation`: a table of accuracy per kind and language, the tune and holdout halves, and the misses.</summary>
public static class ConversationReportText
{
    public static string Render(ConversationEvalReport report, bool misses)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"conversations: {report.Conversations}, scored turns: {report.Outcomes.Count}");
        text.AppendLine(CultureInfo.InvariantCulture, $"{"kind",-10}{"en",14}{"zh",14}{"mixed",14}{"all",14}");
        foreach (var kind in report.Kinds)
        {
            var ofKind = report.OfKind(kind);
            text.Append(CultureInfo.InvariantCulture, $"{kind.ToString().ToLowerInvariant(),-10}");
            foreach (var language in ConversationEvalReport.Languages)
            {
                text.Append(CultureInfo.InvariantCulture, $"{Cell(ofKind.OfLanguage(language)),14}");
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"{Cell(ofKind),14}");
        }

        text.Append(CultureInfo.InvariantCulture, $"{"overall",-10}");
        foreach (var language in ConversationEvalReport.Languages)
        {
            text.Append(CultureInfo.InvariantCulture, $"{Cell(report.OfLanguage(language)),14}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"{Cell(report),14}");
        text.AppendLine(CultureInfo.InvariantCulture, $"tune:    {Cell(report.OfSplit(EvalConversation.Tune))}");
        text.AppendLine(CultureInfo.InvariantCulture, $"holdout: {Cell(report.OfSplit(EvalConversation.Holdout))}");
        if (misses)
        {
            foreach (var miss in report.Misses)
            {
                var expected = miss.Turn.ExpectedIds.Count == 0 ? "(refusal)" : string.Join(",", miss.Turn.ExpectedIds);
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"miss line {miss.Turn.Line} [{miss.Conversation.Id}, {miss.Turn.Kind.ToString().ToLowerInvariant()}] {miss.Turn.Text} | expected {miss.Turn.ExpectedAs.ToString().ToLowerInvariant()} {expected} in {miss.Turn.ReplyLanguage.ToString().ToLowerInvariant()} | got {miss.ResolvedAs?.ToString().ToLowerInvariant() ?? "-"} {miss.EntryId ?? "-"} in {miss.Language.ToString().ToLowerInvariant()}");
            }
        }

        return text.ToString().TrimEnd();
    }

    private static string Cell(ConversationEvalReport report) => report.Outcomes.Count == 0
        ? "-"
        : string.Create(CultureInfo.InvariantCulture, $"{report.Accuracy:0.000} ({report.Outcomes.Count(o => o.IsCorrect)}/{report.Outcomes.Count})");
}
