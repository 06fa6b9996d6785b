using TutorBot.Llm.Grammars;

namespace TutorBot.Llm.Tests.Grammars;

public sealed class GbnfCheckerTests
{
    [Theory]
    [InlineData("root ::= \"yes\" | \"no\"")]
    [InlineData("root ::= [0-9]+ (\",\" [0-9]+)*")]
    [InlineData("root ::= \"{\" ws \"\\\"score\\\":\" ws [0-9]{1,3} ws \"}\"\nws ::= [ \\t\\n]*")]
    [InlineData("# a comment\nroot ::= item+ # trailing comment\nitem ::= [^\\x00-\\x1f\"\\\\] | \"\\\\\" [\"\\\\nrt]")]
    [InlineData("root ::=\n  \"[\" (\n    value\n    (\",\" value)*\n  )? \"]\"\nvalue ::= [a-z]+ | \"\\u00e9\"")]
    [InlineData("root ::= . {2,} \"end\"")]
    [InlineData("root ::= a\na ::= \"x\" a | \"\"")]
    public void AcceptsGrammarsLlamaCppAccepts(string grammar)
    {
        Assert.Empty(GbnfChecker.Check(grammar));
    }

    [Theory]
    [InlineData("root ::= \"unterminated", "1:23: unterminated string literal")]
    [InlineData("root = \"x\"", "1:6: expecting '::='")]
    [InlineData("root ::= [a-z", "1:14: unterminated character class")]
    [InlineData("root ::= (\"a\" | \"b\"", "1:20: expecting ')'")]
    [InlineData("root ::= \"a\" )", "1:14: expecting a newline or the end, found ')'")]
    [InlineData("root ::= * \"a\"", "1:10: '*' has no preceding item to repeat")]
    [InlineData("root ::= \"a\"{3,1}", "1:17: repetition maximum 1 is below its minimum 3")]
    [InlineData("root ::= \"\\q\"", "1:11: unknown escape '\\q'")]
    [InlineData("root ::= [z-a]", "1:14: character range is reversed")]
    [InlineData("root ::= value", "1:10: rule 'root' refers to undefined rule 'value'")]
    [InlineData("item ::= \"x\"", "1:1: no 'root' rule")]
    [InlineData("root ::= \"a\"\nroot ::= \"b\"", "2:1: rule 'root' is defined twice")]
    [InlineData("root ::= root \"x\" | \"y\"", "1:1: rule 'root' is left-recursive (llama.cpp does not support left recursion)")]
    [InlineData("root ::= a\na ::= b? a \"x\"\nb ::= \"y\"", "2:1: rule 'a' is left-recursive (llama.cpp does not support left recursion)")]
    [InlineData("root ::= \"a\"\n  | \"b\"", "2:3: expecting a rule name")]
    public void RejectsWhatWouldCrashLlamaCppWithThePosition(string grammar, string expected)
    {
        var errors = GbnfChecker.Check(grammar);

        Assert.Equal(expected, Assert.Single(errors).ToString());
    }
}
