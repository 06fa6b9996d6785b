using TutorBot.Core.Bank;

namespace TutorBot.Core.Ask;

/// <summary>The fixed wording of answers, in both languages.</summary>
public static class AskTexts
{
    public static string EmptyQuestion(Language language) => language == Language.Zh
        ? "请提一个问题，例如：为什么注意力要除以根号 d_k？"
        : "Please ask a question, for example: why is attention divided by √d_k?";

    public static string NothingRelevant(Language language) => language == Language.Zh
        ? "题库里没有与这个问题相关的内容，我不能据此作答。可以换个说法，或用 /interview 练习题库里的题目。"
        : "The question bank has nothing relevant to that, so I cannot answer it from the bank. Try rephrasing, or practise with /interview.";

    /// <summary>The sentence before a near miss's answer: what the bank does not cover, and what it covers instead.</summary>
    public static string NearMiss(Language language, IReadOnlyList<string> notCovered, string coveredQuestion) => language == Language.Zh
        ? $"题库没有直接讲这个问题（没有涉及：{string.Join("、", notCovered)}）。它讲到的最接近的内容是「{coveredQuestion}」，以下据此作答。"
        : $"The bank does not cover this exactly (nothing on: {string.Join(", ", notCovered)}). The closest it covers is \"{coveredQuestion}\", answered below.";

    public static string Source(Language language) => language == Language.Zh ? "来源：" : "Source: ";

    public static string Related(Language language) => language == Language.Zh ? "相关问题：" : "Related questions:";

    public static string FocusPoint(Language language) => language == Language.Zh ? "要点：" : "Key point: ";
}
