using TutorBot.Core.Bank;

namespace TutorBot.Core.Phrasing;

/// <summary>The fixed wording of answers to questions about the bank.</summary>
public static partial class Phrases
{
    public static string EmptyQuestion(Language l) => Pick(
        l,
        "Please ask a question, for example: why is attention divided by √d_k?",
        "请提一个问题，例如：为什么注意力要除以根号 d_k？");

    public static string NothingRelevant(Language l) => Pick(
        l,
        "The question bank has nothing relevant to that, so I cannot answer it from the bank. Try rephrasing, or practise with /interview.",
        "题库里没有与这个问题相关的内容，我不能据此作答。可以换个说法，或用 /interview 练习题库里的题目。");

    /// <summary>The sentence before a near miss's answer: what the bank does not cover, and what it covers instead.</summary>
    public static string NearMiss(Language l, IReadOnlyList<string> notCovered, string coveredQuestion) => Pick(
        l,
        $"The bank does not cover this exactly (nothing on: {string.Join(", ", notCovered)}). The closest it covers is \"{coveredQuestion}\", answered below.",
        $"题库没有直接讲这个问题（没有涉及：{string.Join("、", notCovered)}）。它讲到的最接近的内容是「{coveredQuestion}」，以下据此作答。");

    public static string Source(Language l) => Pick(l, "Source: ", "来源：");

    public static string Related(Language l) => Pick(l, "Related questions:", "相关问题：");

    public static string FocusPoint(Language l) => Pick(l, "Key point: ", "要点：");

    /// <summary>What /ask is called where it is not available.</summary>
    public static string QuestionAnswering(Language l) => Pick(l, "Question answering", "问答");
}
