using System.Globalization;
using TutorBot.Core.Conversation.Intents;

namespace TutorBot.Discord.Interactions;

/// <summary>
/// The custom_id values on the bot's buttons, modal and text input. Interview buttons and the answer modal name the
/// prompt they act on, "tutor:skip:&lt;interview&gt;:&lt;question&gt;:&lt;attempt&gt;" (at most 66 of Discord's 100
/// characters), so a press on an old message cannot act on the question shown since.
/// </summary>
public static class CustomIds
{
    public const string Answer = "tutor:answer";
    public const string Hint = "tutor:hint";
    public const string Skip = "tutor:skip";
    public const string End = "tutor:end";
    public const string AnswerModal = "tutor:answer-modal";
    public const string AnswerText = "answer";

    /// <summary>"tutor:reference:&lt;entry id&gt;" on the Show reference button under feedback.</summary>
    public const string Reference = "tutor:reference:";

    /// <summary>Discord's limit on a custom_id.</summary>
    public const int MaxLength = 100;

    /// <summary>The Show reference button's id for a bank entry; null when the entry's id would not fit.</summary>
    public static string? ReferenceFor(string entryId) => Reference.Length + entryId.Length <= MaxLength ? Reference + entryId : null;

    public static string For(string action, QuestionRef question) =>
        string.Create(CultureInfo.InvariantCulture, $"{action}:{question.InterviewId:N}:{question.Question}:{question.Attempt}");

    /// <summary>Splits "tutor:skip:…:2:0" into its action ("tutor:skip") and prompt; null for any other id.</summary>
    public static (string Action, QuestionRef Question)? TryParse(string? customId)
    {
        var parts = customId?.Split(':');
        if (parts is not { Length: 5 }
            || !Guid.TryParseExact(parts[2], "N", out var interview)
            || !int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var question)
            || !int.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out var attempt))
        {
            return null;
        }

        return (parts[0] + ":" + parts[1], new QuestionRef(interview, question, attempt));
    }
}
