namespace TutorBot.Host.Cli;

public static class OneLine
{
    /// <summary>Folds a message's line breaks into spaces, so an error stays on the single line a user reads.</summary>
    public static string From(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
