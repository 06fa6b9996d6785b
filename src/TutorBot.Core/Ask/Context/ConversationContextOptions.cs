using System.ComponentModel.DataAnnotations;

namespace TutorBot.Core.Ask.Context;

/// <summary>How much of a conversation follow-up questions can lean on.</summary>
public sealed class ConversationContextOptions
{
    public const string SectionName = "Conversation";

    /// <summary>Answered questions kept per user and conversation; older ones are deleted.</summary>
    [Range(1, 50)]
    public int MaxTurns { get; set; } = 4;

    /// <summary>A question older than this no longer counts as context: "why?" an hour later starts afresh.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan Expiry { get; set; } = TimeSpan.FromMinutes(30);
}
