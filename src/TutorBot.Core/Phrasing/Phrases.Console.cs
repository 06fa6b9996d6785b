using TutorBot.Core.Bank;

namespace TutorBot.Core.Phrasing;

/// <summary>Lines that only the console verbs print.</summary>
public static partial class Phrases
{
    public static string NoMatchingEntries(Language l) => Pick(l, "No matching entries.", "没有找到相关条目。");
}
