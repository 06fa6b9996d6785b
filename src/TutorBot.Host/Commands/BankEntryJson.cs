using TutorBot.Core.Bank;

namespace TutorBot.Host.Commands;

/// <summary>The JSON shape of a bank entry, as the YAML writes it.</summary>
public sealed record BankEntryJson(
    string Id,
    string Topic,
    int Difficulty,
    string Kind,
    LocalizedText Question,
    LocalizedText Answer,
    IReadOnlyList<BankEntryJson.KeyPointJson> KeyPoints,
    IReadOnlyList<BankEntryJson.FollowupJson> Followups,
    IReadOnlyList<string> Tags,
    CalcSpec? Calc)
{
    public static BankEntryJson From(BankEntry e) => new(
        e.Id,
        e.Topic,
        e.Difficulty,
        e.Kind.ToString().ToLowerInvariant(),
        e.Question,
        e.Answer,
        e.KeyPoints.Select(k => new KeyPointJson(k.Id, k.Weight, k.Text.Zh, k.Text.En, k.Aliases)).ToList(),
        e.Followups.Select(f => new FollowupJson(f.Question.Zh, f.Question.En, f.KeyPointId)).ToList(),
        e.Tags,
        e.Calc);

    public sealed record KeyPointJson(string Id, double Weight, string Zh, string En, IReadOnlyList<string> Aliases);

    public sealed record FollowupJson(string Zh, string En, string? KeyPoint);
}
