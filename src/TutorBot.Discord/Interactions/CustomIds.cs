namespace TutorBot.Discord.Interactions;

/// <summary>The custom_id values on the bot's buttons, modal and text input.</summary>
public static class CustomIds
{
    public const string Answer = "tutor:answer";
    public const string Hint = "tutor:hint";
    public const string Skip = "tutor:skip";
    public const string End = "tutor:end";
    public const string AnswerModal = "tutor:answer-modal";
    public const string AnswerText = "answer";
}
