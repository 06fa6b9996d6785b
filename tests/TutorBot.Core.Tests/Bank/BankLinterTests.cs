using TutorBot.BankFiles;
using TutorBot.Core.Bank;
using TutorBot.Core.Grading;
using TutorBot.Testing;

namespace TutorBot.Core.Tests.Bank;

public sealed class BankLinterTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("GGUF", "aliases: [GGUF, 单文件]", 16, 17)]
    [InlineData("格式", "aliases: [单文件, 格式]", 16, 22)]
    public void AnAliasThatOccursInItsQuestionIsAnErrorAtItsPosition(string alias, string aliases, int line, int column)
    {
        var file = _dir.Write("a.yaml", Entry("gguf", "GGUF 格式是什么？", "What is the GGUF format?", aliases));

        var errors = Lint();

        var error = Assert.Single(errors);
        Assert.Equal((file, line, column), (error.File, error.Line, error.Column));
        Assert.Contains($"alias '{alias}' of key point 'p' in entry 'gguf' occurs in the entry's question", error.Message);
    }

    [Fact]
    public void AnAliasFoundInManyEntriesIsTooCommonToCoverAPointAlone()
    {
        var yaml = string.Concat(Enumerable.Range(0, 25).Select(i => Entry($"e{i}", $"问题{i}？", $"Question {i}?", "aliases: [memory, 专门术语" + i + "]", "memory matters here")));
        _dir.Write("a.yaml", yaml);

        var errors = Lint();

        Assert.Equal(25, errors.Count);
        Assert.All(errors, e => Assert.Contains("alias 'memory'", e.Message));
        Assert.Contains("occurs in 25 of 25 entries", errors[0].Message);
    }

    [Fact]
    public void BindingsAndWrongClaimsLoadWithTheirParts()
    {
        _dir.Write("a.yaml", Entry("gguf", "问？", "Q?", "aliases: [单文件]\n      binds:\n        - {subject: [LLaMA], property: [RMSNorm]}\n        - {subject: [GPT], property: [LayerNorm]}\n      contrast:\n        - {property: [BatchNorm]}")
            + "  wrong:\n    - claim: [all experts]\n      subject: [token]\n      key_point: p\n      zh: 错\n      en: Wrong\n");

        var result = BankLoader.Load(_dir.Path);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var entry = Assert.Single(result.Bank.Entries);
        Assert.Equal(["RMSNorm"], entry.KeyPoints[0].Binds[0].Property);
        Assert.Equal(["LLaMA", "GPT"], entry.KeyPoints[0].Contrast[0].Subject);
        Assert.Equal("p", Assert.Single(entry.Wrong).KeyPointId);
    }

    [Theory]
    [InlineData("      binds: []\n", "binds must be a non-empty list", 17, 14)]
    [InlineData("      binds:\n        - {subject: [LLaMA]}\n", "binds is missing 'property'", 18, 11)]
    [InlineData("      binds:\n        - {subject: [LLaMA], property: [], colour: red}\n", "unknown key 'colour' in binds", 18, 44)]
    [InlineData("      contrast:\n        - {property: [x]}\n", "a contrast without subject needs binds", 18, 11)]
    public void MalformedBindingsNameFileLineAndColumn(string binds, string message, int line, int column)
    {
        var file = _dir.Write("a.yaml", Entry("gguf", "问？", "Q?", "aliases: [单文件]\n" + binds.TrimEnd('\n')));

        var error = Assert.Single(BankLoader.Load(_dir.Path).Errors, e => e.Message.Contains(message, StringComparison.Ordinal));

        Assert.Equal((file, line, column), (error.File, error.Line, error.Column));
    }

    [Fact]
    public void AWrongClaimNamingAMissingKeyPointIsAnError()
    {
        _dir.Write("a.yaml", Entry("gguf", "问？", "Q?", "aliases: [单文件]") + "  wrong:\n    - claim: [x]\n      key_point: nowhere\n      zh: 错\n      en: Wrong\n");

        Assert.Contains(BankLoader.Load(_dir.Path).Errors, e => e.Message.Contains("wrong claim names key point 'nowhere'", StringComparison.Ordinal));
    }

    private List<BankError> Lint() => BankLinter.Lint(BankLoader.LoadOrThrow(_dir.Path), new SimpleTextAnalyzer().Terms).ToList();

    private static string Entry(string id, string zh, string en, string aliases, string answer = "An answer.") =>
        $"- id: {id}\n" +
        "  topic: t\n" +
        "  difficulty: 1\n" +
        "  kind: concept\n" +
        "  question:\n" +
        $"    zh: {zh}\n" +
        $"    en: {en}\n" +
        "  answer:\n" +
        "    zh: 答案。\n" +
        $"    en: {answer}\n" +
        "  key_points:\n" +
        "    - id: p\n" +
        "      weight: 1\n" +
        $"      zh: 要点\n      en: Point\n      {aliases}\n" +
        "      scaffold: {zh: 提示？, en: A hint?}\n" +
        "  stretch:\n" +
        "    - {zh: 更深？, en: Deeper?}\n";
}
