namespace TutorBot.Llm.Grammars;

/// <summary>A literal, character class or any-character: matches text, or nothing when it is an empty literal.</summary>
internal sealed record GbnfTerminal(bool Empty) : GbnfNode
{
    public override bool CanBeEmpty(IReadOnlySet<string> nullableRules) => Empty;

    public override IEnumerable<string> LeftmostRules(IReadOnlySet<string> nullableRules) => [];
}
