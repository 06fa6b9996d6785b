using System.Text.Json.Serialization;
using TutorBot.Core.Bank;

namespace TutorBot.Core.Interview;

/// <summary>
/// A follow-up put to the candidate: its text, its kind and the key point it asks about (null: none in particular).
/// Its answer is graded against that key point only; Credit is what it added to the question's 0-10 score.
/// </summary>
public sealed record AskedFollowup(string Zh, string En, FollowupKind Kind, string? KeyPointId)
{
    [JsonIgnore]
    public LocalizedText Text => new(Zh, En);

    /// <summary>A /hint during this follow-up revealed its key point: the follow-up earns half.</summary>
    public bool Hinted { get; set; }

    /// <summary>Points added to the question's raw 0-10 score once the follow-up was graded; null until then.</summary>
    public double? Credit { get; set; }

    public static AskedFollowup Of(LocalizedText text, FollowupKind kind, string? keyPointId) => new(text.Zh, text.En, kind, keyPointId);
}
