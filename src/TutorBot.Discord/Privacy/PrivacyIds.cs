namespace TutorBot.Discord.Privacy;

/// <summary>The custom_id values on the buttons that confirm or cancel /privacy delete.</summary>
public static class PrivacyIds
{
    public const string ConfirmDelete = "tutor:privacy-delete";
    public const string CancelDelete = "tutor:privacy-cancel";
}
