using TutorBot.Core.Bank;

namespace TutorBot.Core.Calculations;

/// <summary>The words of units in one language; symbols such as GB or FLOPs are not words and stay as they are.</summary>
public sealed record UnitWords(
    string Bytes,
    string Seconds,
    string Milliseconds,
    string Hours,
    string Days,
    string Months,
    string Tokens,
    string TokensPerSecond,
    string FlopsPerByte,
    string OpenBracket,
    string CloseBracket)
{
    private static readonly UnitWords English = new("bytes", "s", "ms", "hours", "days", "months", "tokens", "tokens/s", "FLOPs/byte", " (", ")");

    private static readonly UnitWords Chinese = new("字节", "秒", "毫秒", "小时", "天", "个月", "个 token", "tokens/秒", "FLOPs/字节", "（", "）");

    public static UnitWords For(Language language) => language == Language.Zh ? Chinese : English;

    /// <summary>" (text)" in English, "（text）" in Chinese.</summary>
    public string Bracket(string text) => $"{OpenBracket}{text}{CloseBracket}";
}
