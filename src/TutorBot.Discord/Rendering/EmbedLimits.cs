namespace TutorBot.Discord.Rendering;

/// <summary>Discord's limits on one embed, and a cut that keeps a text within one.</summary>
public static class EmbedLimits
{
    public const int Title = 256;
    public const int Description = 4096;
    public const int Fields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;

    /// <summary>Title, description, field names and values and the footer together.</summary>
    public const int Total = 6000;

    /// <summary>The text itself when it fits; else cut at the last line break (or anywhere) that leaves room for "…".</summary>
    public static string Fit(string text, int limit)
    {
        if (text.Length <= limit)
        {
            return text;
        }

        if (limit <= 1)
        {
            return limit == 1 ? "…" : "";
        }

        var cut = text[..(limit - 1)];
        var lineBreak = cut.LastIndexOf('\n');
        return (lineBreak > limit / 2 ? cut[..lineBreak] : cut).TrimEnd() + "…";
    }
}
