namespace TutorBot.Llm.Grammars;

/// <summary>Alternatives separated by |.</summary>
internal sealed record GbnfChoice(IReadOnlyList<GbnfNode> Alternatives) : GbnfNode
{
    public override bool CanBeEmpty(IReadOnlySet<string> nullableRules) => Alternatives.Any(a => a.CanBeEmpty(nullableRules));

    public override IEnumerable<string> LeftmostRules(IReadOnlySet<string> nullableRules) =>
        Alternatives.SelectMany(a => a.LeftmostRules(nullableRules));
}
