namespace TutorBot.Llm.Grammars;

/// <summary>Items one after another.</summary>
internal sealed record GbnfSequence(IReadOnlyList<GbnfNode> Items) : GbnfNode
{
    public override bool CanBeEmpty(IReadOnlySet<string> nullableRules) => Items.All(i => i.CanBeEmpty(nullableRules));

    public override IEnumerable<string> LeftmostRules(IReadOnlySet<string> nullableRules)
    {
        foreach (var item in Items)
        {
            foreach (var rule in item.LeftmostRules(nullableRules))
            {
                yield return rule;
            }

            if (!item.CanBeEmpty(nullableRules))
            {
                yield break;
            }
        }
    }
}
