using TutorBot.Core.Bank;

namespace TutorBot.Core.Phrasing;

/// <summary>The feedback on a graded answer: what was good, what is missing, and one next step.</summary>
public static partial class Phrases
{
    public static string GoodPoints(Language l, IEnumerable<string> points) => Pick(
        l,
        $"Good: {string.Join("; ", points)}.",
        $"做得好：{string.Join("；", points)}。");

    public static string GoodMainIdeas(Language l) => Pick(l, "Good: your answer matches the main ideas of the reference.", "做得好：回答与参考答案的要点基本一致。");

    public static string MissingHeading(Language l) => Pick(l, "Missing:", "还缺少：");

    public static string FrameworkAdvice(Language l, IEnumerable<string> absentParts) => Pick(
        l,
        $"Answer framework: you could add {string.Join(", ", absentParts)}.",
        $"答题框架：还可以补充 {string.Join("、", absentParts)}。");

    /// <summary>A missed point hinted at through the entry's follow-up on it.</summary>
    public static string ThinkAbout(Language l, string followupQuestion) => Pick(l, $"think about: {followupQuestion}", $"想一想：{followupQuestion}");

    public static string PointNotMentioned(Language l, string pointId) => Pick(l, $"one point ({pointId}) is not mentioned", $"还有一个要点（{pointId}）没有提到");

    public static string SomethingAbout(Language l, string keyword) => Pick(l, $"hint: something about \"{keyword}\"", $"提示：和“{keyword}”有关的一点");

    public static string NextStepExplain(Language l, string keyword) => Pick(
        l,
        $"Next step: explain the point about \"{keyword}\" in one or two sentences, then answer again.",
        $"下一步：用一两句话解释“{keyword}”这一点，然后再答一次。");

    public static string NextStepCompare(Language l) => Pick(l, "Next step: compare with the reference answer, fill the gaps, and answer again.", "下一步：对照参考答案补全论证，再答一次。");

    public static string NextStepFollowup(Language l, string followupQuestion) => Pick(
        l,
        $"Next step: try the follow-up — {followupQuestion}",
        $"下一步：试试追问——{followupQuestion}");

    public static string NextStepHarder(Language l) => Pick(l, "Next step: try a harder question.", "下一步：换一道更难的题。");
}
