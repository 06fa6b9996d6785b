namespace TutorBot.Llm.Grammars;

/// <summary>An item repeated at least Min times (*, +, ?, {m,n}).</summary>
internal sealed record GbnfRepeat(GbnfNode Inner, int Min) : GbnfNode
{
    public override bool CanBeEmpty(IReadOnlySet<string> nullableRules) => Min == 0 || Inner.CanBeEmpty(nullableRules);

    public override IEnumerable<string> LeftmostRules(IReadOnlySet<string> nullableRules) => Inner.LeftmostRules(nullableRules);
}
