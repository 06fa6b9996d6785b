using TutorBot.Core.Bank;

namespace TutorBot.Core.Phrasing;

/// <summary>
/// The words of units, each with its number: "2 hours" / "2 小时". Symbols such as GB or FLOPs are not words and stay
/// as they are in both languages.
/// </summary>
public static partial class Phrases
{
    public static string Bytes(Language l, string number) => $"{number} {Pick(l, "bytes", "字节")}";

    public static string Seconds(Language l, string number) => $"{number} {Pick(l, "s", "秒")}";

    public static string Milliseconds(Language l, string number) => $"{number} {Pick(l, "ms", "毫秒")}";

    public static string Hours(Language l, string number) => $"{number} {Pick(l, "hours", "小时")}";

    public static string Days(Language l, string number) => $"{number} {Pick(l, "days", "天")}";

    public static string Months(Language l, string number) => $"{number} {Pick(l, "months", "个月")}";

    public static string Tokens(Language l, string number) => $"{number} {Pick(l, "tokens", "个 token")}";

    public static string TokensPerSecond(Language l, string number) => $"{number} {Pick(l, "tokens/s", "tokens/秒")}";

    public static string FlopsPerByte(Language l, string number) => $"{number} {Pick(l, "FLOPs/byte", "FLOPs/字节")}";

    /// <summary>" (text)" in English, "（text）" in Chinese.</summary>
    public static string Bracketed(Language l, string text) => Pick(l, $" ({text})", $"（{text}）");
}
