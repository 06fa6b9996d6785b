namespace TutorBot.Llm.Grammars;

/// <summary>The part of a grammar's syntax tree the checks need: what can match nothing, what comes first.</summary>
internal abstract record GbnfNode
{
    public abstract bool CanBeEmpty(IReadOnlySet<string> nullableRules);

    /// <summary>Rules that can be matched first (before any character) by this node.</summary>
    public abstract IEnumerable<string> LeftmostRules(IReadOnlySet<string> nullableRules);

    public sealed record Terminal(bool Empty) : GbnfNode
    {
        public override bool CanBeEmpty(IReadOnlySet<string> nullableRules) => Empty;

        public override IEnumerable<string> LeftmostRules(IReadOnlySet<string> nullableRules) => [];
    }

    public sealed record RuleRef(string Name) : GbnfNode
    {
        public override bool CanBeEmpty(IReadOnlySet<string> nullableRules) => nullableRules.Contains(Name);

        public override IEnumerable<string> LeftmostRules(IReadOnlySet<string> nullableRules) => [Name];
    }

    public sealed record Repeat(GbnfNode Inner, int Min) : GbnfNode
    {
        public override bool CanBeEmpty(IReadOnlySet<string> nullableRules) => Min == 0 || Inner.CanBeEmpty(nullableRules);

        public override IEnumerable<string> LeftmostRules(IReadOnlySet<string> nullableRules) => Inner.LeftmostRules(nullableRules);
    }

    public sealed record Sequence(IReadOnlyList<GbnfNode> Items) : GbnfNode
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

    public sealed record Choice(IReadOnlyList<GbnfNode> Alternatives) : GbnfNode
    {
        public override bool CanBeEmpty(IReadOnlySet<string> nullableRules) => Alternatives.Any(a => a.CanBeEmpty(nullableRules));

        public override IEnumerable<string> LeftmostRules(IReadOnlySet<string> nullableRules) =>
            Alternatives.SelectMany(a => a.LeftmostRules(nullableRules));
    }
}
