namespace TutorBot.Llm.Grammars;

/// <summary>The part of a grammar's syntax tree the checks need: what can match nothing, what comes first.</summary>
internal abstract record GbnfNode
{
    public abstract bool CanBeEmpty(IReadOnlySet<string> nullableRules);

    /// <summary>Rules that can be matched first (before any character) by this node.</summary>
    public abstract IEnumerable<string> LeftmostRules(IReadOnlySet<string> nullableRules);
}
