using TutorBot.Core.Phrasing;

namespace TutorBot.Core.Grading;

/// <summary>The answer framework for concept questions: definition, principle, pros/cons, application, extension.</summary>
public static class AnswerFramework
{
    public static IReadOnlyList<FrameworkPart> Parts { get; } =
    [
        new(BothLanguages.Say(Phrases.FrameworkDefinition), ["是指", "指的是", "是一种", "定义", "就是", " is a ", " is the ", " refers to", " means ", "defined as"]),
        new(BothLanguages.Say(Phrases.FrameworkPrinciple), ["原理", "通过", "因为", "机制", "使得", "由于", "because", " by ", "works", "so that", "which makes", "mechanism"]),
        new(BothLanguages.Say(Phrases.FrameworkProsAndCons), ["优点", "缺点", "优势", "代价", "不足", "局限", "好处", "advantage", "drawback", "downside", "benefit", "cost", "trade-off", "tradeoff", "limitation", "but "]),
        new(BothLanguages.Say(Phrases.FrameworkApplication), ["应用", "场景", "例如", "比如", "实践", "实际", "used in", "in practice", "for example", "e.g.", "such as", "use case"]),
        new(BothLanguages.Say(Phrases.FrameworkExtension), ["扩展", "改进", "发展", "变体", "后续", "进一步", "variant", "extension", "later", "improve", "follow-up work", "newer"]),
    ];

    public static IReadOnlyList<FrameworkPart> Present(string answer) =>
        Parts.Where(part => part.Cues.Any(cue => (" " + answer + " ").Contains(cue, StringComparison.OrdinalIgnoreCase))).ToList();
}
