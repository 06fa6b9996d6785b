using TutorBot.Core.Bank;

namespace TutorBot.Core.Phrasing;

/// <summary>The graders' notes on an answer: problems with the answer itself, contradictions and wrong claims.</summary>
public static partial class Phrases
{
    public static string AnswerEchoesQuestion(Language l) => Pick(
        l,
        "The answer only repeats the question: explain it in your own words.",
        "回答只是重复了题目，没有新内容：请用自己的话解释。");

    public static string EmptyAnswerNote(Language l) => Pick(l, "The answer is empty: write your answer, then submit it.", "回答是空的：请写下你的答案再提交。");

    public static string UnreadableAnswer(Language l) => Pick(
        l,
        "The answer is not readable text (it looks like binary data), so it was not graded.",
        "回答无法识别为文字（可能是二进制数据），没有评分。");

    public static string UnsupportedAnswerLanguage(Language l) => Pick(
        l,
        "The answer is neither English nor Chinese; only those two languages can be graded.",
        "回答既不是中文也不是英文，目前只能评阅这两种语言。");

    public static string AnswerTruncated(Language l, int originalLength, int gradedLength) => Pick(
        l,
        $"The answer is very long ({originalLength:N0} characters); only the first {gradedLength:N0} were graded.",
        $"回答很长（{originalLength:N0} 个字符），只评阅了前 {gradedLength:N0} 个字符。");

    public static string AnsweredInOtherLanguage(Language l) => Pick(
        l,
        "You answered in a different language from the question; it was graded against the key points in both languages.",
        "你用了和题目不同的语言作答；已按两种语言的要点评分。");

    public static string NoReferenceToGradeAgainst(Language l) => Pick(l, "There is no reference answer to grade against.", "没有参考答案，无法评分。");

    public static string GraderInstructionsIgnored(Language l) => Pick(
        l,
        "Instructions to the grader inside the answer were ignored; only the technical content was graded.",
        "回答中对评分者的指示已被忽略，只评技术内容。");

    public static string QuoteContradictsPoint(Language l, string quote, string point) => Pick(
        l,
        $"\"{quote}\" contradicts the point \"{point}\".",
        $"“{quote}”与要点“{point}”相矛盾。");

    public static string DeniesPoint(Language l, string point) => Pick(
        l,
        $"Your answer seems to deny a point that holds: \"{point}\".",
        $"你的回答似乎否定了要点“{point}”，这一点是成立的。");

    public static string WrongClaim(Language l, string correction) => Pick(l, $"A claim is wrong: {correction}", $"说法有误：{correction}");

    /// <summary>A property said of one subject that belongs to another ("the query" for the key instead of the value).</summary>
    public static string PropertyOfAnotherSubject(Language l, string said, string wrongSubject, string rightfulSubject, string point) => Pick(
        l,
        $"You gave \"{said}\" to {wrongSubject}, but it belongs to {rightfulSubject} ({point}).",
        $"你把“{said}”说成了 {wrongSubject} 的，其实它属于 {rightfulSubject}（{point}）。");

    public static string RelationReversed(Language l, string said, string wrongSubject, string point) => Pick(
        l,
        $"\"{said}\" is the wrong way round for {wrongSubject}: {point}.",
        $"“{wrongSubject}”和“{said}”的关系说反了：{point}。");

    public static string FrameworkDefinition(Language l) => Pick(l, "definition", "定义");

    public static string FrameworkPrinciple(Language l) => Pick(l, "principle", "原理");

    public static string FrameworkProsAndCons(Language l) => Pick(l, "pros/cons", "优缺点");

    public static string FrameworkApplication(Language l) => Pick(l, "application", "应用");

    public static string FrameworkExtension(Language l) => Pick(l, "extension", "扩展");
}
