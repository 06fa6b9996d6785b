namespace TutorBot.Llm.Grammars;

/// <summary>
/// Checks a GBNF grammar the way llama.cpp parses it (rules on one line unless nested in parentheses or
/// continued after '::=' or '|', literals, character classes, repetition, comments), plus what llama.cpp only
/// finds when sampling: undefined rules, a missing root rule, left recursion. llama.cpp crashes the process on
/// a grammar it rejects, so no grammar reaches it without passing this check.
/// </summary>
public static class GbnfChecker
{
    public static IReadOnlyList<GbnfError> Check(string grammar, string root = "root")
    {
        var parser = new GbnfParser(grammar);
        var errors = new List<GbnfError>();
        var rules = parser.Parse(errors);
        if (errors.Count > 0)
        {
            return errors;
        }

        if (!rules.ContainsKey(root))
        {
            errors.Add(new GbnfError(1, 1, $"no '{root}' rule"));
        }

        foreach (var (name, rule) in rules)
        {
            foreach (var reference in rule.References.Where(r => !rules.ContainsKey(r.Name)))
            {
                errors.Add(new GbnfError(reference.Line, reference.Column, $"rule '{name}' refers to undefined rule '{reference.Name}'"));
            }
        }

        if (errors.Count == 0)
        {
            errors.AddRange(LeftRecursion(rules));
        }

        return errors;
    }

    private static IEnumerable<GbnfError> LeftRecursion(IReadOnlyDictionary<string, GbnfRule> rules)
    {
        var nullable = new HashSet<string>();
        bool changed;
        do
        {
            changed = false;
            foreach (var (name, rule) in rules)
            {
                if (!nullable.Contains(name) && rule.Body.CanBeEmpty(nullable))
                {
                    nullable.Add(name);
                    changed = true;
                }
            }
        }
        while (changed);

        foreach (var (name, rule) in rules)
        {
            var seen = new HashSet<string>();
            var stack = new Stack<string>(rule.Body.LeftmostRules(nullable));
            while (stack.Count > 0)
            {
                var next = stack.Pop();
                if (next == name)
                {
                    yield return new GbnfError(rule.Line, 1, $"rule '{name}' is left-recursive (llama.cpp does not support left recursion)");
                    break;
                }

                if (seen.Add(next) && rules.TryGetValue(next, out var nextRule))
                {
                    foreach (var leftmost in nextRule.Body.LeftmostRules(nullable))
                    {
                        stack.Push(leftmost);
                    }
                }
            }
        }
    }
}
