using TutorBot.Core.Ask.Evaluation;

namespace TutorBot.Host.Commands;

/// <summary>The numbers of `eval conversation --json`: accuracy overall, per kind (and per language within it), per language and per split.</summary>
public sealed record ConversationReportJson(
    int Conversations,
    int Turns,
    double Accuracy,
    IReadOnlyDictionary<string, ConversationReportJson.Cell> ByKind,
    IReadOnlyDictionary<string, ConversationReportJson.Cell> ByLanguage,
    IReadOnlyDictionary<string, ConversationReportJson.Cell> BySplit)
{
    public static ConversationReportJson From(ConversationEvalReport report) => new(
        report.Conversations,
        report.Outcomes.Count,
        Math.Round(report.Accuracy, 4),
        report.Kinds.ToDictionary(k => k.ToString().ToLowerInvariant(), k => Of(report.OfKind(k), withLanguages: true)),
        ConversationEvalReport.Languages.ToDictionary(l => l, l => Of(report.OfLanguage(l), withLanguages: false)),
        new[] { EvalConversation.Tune, EvalConversation.Holdout }.ToDictionary(s => s, s => Of(report.OfSplit(s), withLanguages: false)));

    private static Cell Of(ConversationEvalReport report, bool withLanguages) => new(
        report.Outcomes.Count,
        Math.Round(report.Accuracy, 4),
        withLanguages
            ? ConversationEvalReport.Languages.Where(l => report.OfLanguage(l).Outcomes.Count > 0).ToDictionary(l => l, l => Math.Round(report.OfLanguage(l).Accuracy, 4))
            : null);

    public sealed record Cell(int Turns, double Accuracy, IReadOnlyDictionary<string, double>? ByLanguage);
}
