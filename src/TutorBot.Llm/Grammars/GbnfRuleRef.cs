namespace TutorBot.Llm.Grammars;

/// <summary>A reference to another rule.</summary>
internal sealed record GbnfRuleRef(string Name) : GbnfNode
{
    public override bool CanBeEmpty(IReadOnlySet<string> nullableRules) => nullableRules.Contains(Name);

    public override IEnumerable<string> LeftmostRules(IReadOnlySet<string> nullableRules) => [Name];
}
