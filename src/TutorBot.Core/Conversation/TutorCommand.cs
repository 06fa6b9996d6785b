namespace TutorBot.Core.Conversation;

/// <summary>A slash command split into its lower-case name ("/interview") and the rest of the line.</summary>
public sealed record TutorCommand(string Name, string Rest)
{
    public IReadOnlyList<string> Words => Rest.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Null for free text. A line of only "/" or starting with "//" is free text too.</summary>
    public static TutorCommand? Parse(string text)
    {
        var line = text.Trim();
        if (line.Length < 2 || line[0] != '/' || line[1] == '/' || char.IsWhiteSpace(line[1]))
        {
            return null;
        }

        var space = line.IndexOfAny([' ', '\t']);
        return space < 0
            ? new TutorCommand(line.ToLowerInvariant(), "")
            : new TutorCommand(line[..space].ToLowerInvariant(), line[(space + 1)..].Trim());
    }
}
