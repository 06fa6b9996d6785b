using TutorBot.BankFiles;
using TutorBot.Core.Bank;
using TutorBot.Testing;

namespace TutorBot.BankFiles.Tests;

public sealed class BankLoaderTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void AValidFileLoadsEveryField()
    {
        _dir.Write("topic.yaml", ValidEntry("kv-cache-size"));

        var result = BankLoader.Load(_dir.Path);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var entry = Assert.Single(result.Bank.Entries);
        Assert.Equal("kv-cache-size", entry.Id);
        Assert.Equal(EntryKind.Concept, entry.Kind);
        Assert.Equal(2, entry.Difficulty);
        Assert.Equal("为什么?", entry.Question.Zh);
        Assert.Equal(2, entry.KeyPoints.Count);
        Assert.Equal(["variance", "方差"], entry.KeyPoints[0].Aliases);
        Assert.Equal("first", entry.Followups.Single().KeyPointId);
        Assert.Equal("What does softmax do with very large inputs?", entry.KeyPoints[1].Scaffold!.En);
        Assert.Equal(("如果 dk 很小呢？", null), (entry.Stretch.Single().Question.Zh, entry.Stretch.Single().KeyPointId));
        Assert.Equal(["attention"], entry.Tags);
        Assert.Same(entry, result.Bank.Find("KV-CACHE-SIZE"));
    }

    public static TheoryData<string, string, int, int> BrokenFiles => new()
    {
        { ValidEntry("a").Replace("  topic: t\n", "  topic: t\n  colour: red\n"), "unknown key 'colour'", 3, 3 },
        { ValidEntry("a").Replace("    en: Why?\n", ""), "question is missing 'en'", 6, 5 },
        { ValidEntry("a").Replace("    en: \"Because.\"\n", "    en: \"\"\n"), "'en' must be a non-empty text", 10, 9 },
        { ValidEntry("a") + ValidEntry("a"), "duplicate id 'a' (first defined at", 31, 7 },
        { ValidEntry("a").Replace("  key_points:\n" + KeyPoints, "  key_points: []\n"), "key_points is empty", 11, 15 },
        { ValidEntry("a").Replace("weight: 2", "weight: 0"), "weight must be a positive number", 13, 15 },
        { ValidEntry("a").Replace("weight: 2", "weight: heavy"), "weight must be a positive number", 13, 15 },
        { ValidEntry("a").Replace("key_point: first", "key_point: nowhere"), "names key point 'nowhere'", 26, 18 },
        { ValidEntry("a").Replace("difficulty: 2", "difficulty: 5"), "difficulty must be 1, 2 or 3", 3, 15 },
        { ValidEntry("a").Replace("kind: concept", "kind: essay"), "kind must be concept, calculation or open", 4, 9 },
        { ValidEntry("a").Replace("- id: a", "- id: Not_Kebab"), "must be kebab-case", 1, 7 },
        { ValidEntry("a").Replace("kind: concept", "kind: calculation"), "needs a 'calc' block", 1, 3 },
        { ValidEntry("a") + "  calc: {calculator: kv-cache, args: {layers: 32}}\n", "only calculation entries may have a 'calc' block", 31, 9 },
        { ValidEntry("a").Replace("      scaffold: {zh: 输入很大时 softmax 会怎样？, en: What does softmax do with very large inputs?}\n", ""), "key point 'second' needs a scaffold", 18, 7 },
        { ValidEntry("a").Replace("  stretch:\n    - zh: 如果 dk 很小呢？\n      en: What if dk were tiny?\n", ""), "an entry needs a 'stretch' list", 1, 3 },
        { ValidEntry("a").Replace("  stretch:\n    - zh: 如果 dk 很小呢？\n      en: What if dk were tiny?\n", "  stretch: []\n"), "an entry needs a 'stretch' list", 1, 3 },
        { ValidEntry("a").Replace("  question:\n", "  question: [oops\n"), "YAML syntax error", 6, 7 },
        { "entries: 3\n", "expected a list of entries", 1, 1 },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void EachKindOfErrorNamesFileLineAndColumn(string yaml, string message, int line, int column)
    {
        var file = _dir.Write("broken.yaml", yaml);

        var result = BankLoader.Load(_dir.Path);

        Assert.False(result.IsValid);
        var error = Assert.Single(result.Errors, e => e.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal(file, error.File);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.StartsWith($"{file}:{line}:{column}: ", error.ToString());
    }

    [Fact]
    public void ADuplicateIdAcrossFilesNamesBothPlaces()
    {
        var first = _dir.Write("a.yaml", ValidEntry("same"));
        var second = _dir.Write("b.yaml", ValidEntry("other") + ValidEntry("same"));

        var error = Assert.Single(BankLoader.Load(_dir.Path).Errors);

        Assert.Equal(second, error.File);
        Assert.Contains($"first defined at {first}:1:7", error.Message);
    }

    [Fact]
    public void EveryErrorOfAFileIsReportedNotJustTheFirst()
    {
        _dir.Write("many.yaml", ValidEntry("a").Replace("weight: 2", "weight: -1").Replace("difficulty: 2", "difficulty: 9").Replace("  topic: t\n", "  topic: t\n  extra: 1\n"));

        Assert.Equal(3, BankLoader.Load(_dir.Path).Errors.Count);
    }

    [Fact]
    public void LoadOrThrowListsEveryError()
    {
        _dir.Write("bad.yaml", ValidEntry("a").Replace("weight: 2", "weight: 0"));

        var ex = Assert.Throws<InvalidBankException>(() => BankLoader.LoadOrThrow(_dir.Path));

        Assert.Contains("bad.yaml:13:15: weight must be a positive number", ex.Message);
    }

    [Fact]
    public void AMissingDirectoryIsAnError()
    {
        var result = BankLoader.Load(Path.Combine(_dir.Path, "nowhere"));

        Assert.Contains("does not exist", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void TheShippedBankIsValid()
    {
        var result = BankLoader.Load(RepoPaths.QuestionBank);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
    }

    private const string KeyPoints =
        "    - id: first\n" +
        "      weight: 2\n" +
        "      zh: 方差变大\n" +
        "      en: The variance grows\n" +
        "      aliases: [variance, 方差]\n" +
        "      scaffold: {zh: 点积的方差和维度有什么关系？, en: How does the dot product's variance depend on the dimension?}\n" +
        "    - id: second\n" +
        "      weight: 1\n" +
        "      zh: 饱和\n" +
        "      en: Saturation\n" +
        "      scaffold: {zh: 输入很大时 softmax 会怎样？, en: What does softmax do with very large inputs?}\n";

    private static string ValidEntry(string id) =>
        $"- id: {id}\n" +
        "  topic: t\n" +
        "  difficulty: 2\n" +
        "  kind: concept\n" +
        "  question:\n" +
        "    zh: 为什么?\n" +
        "    en: Why?\n" +
        "  answer:\n" +
        "    zh: 因为。\n" +
        "    en: \"Because.\"\n" +
        "  key_points:\n" + KeyPoints +
        "  followups:\n" +
        "    - zh: 那为什么?\n" +
        "      en: Then why?\n" +
        "      key_point: first\n" +
        "  stretch:\n" +
        "    - zh: 如果 dk 很小呢？\n" +
        "      en: What if dk were tiny?\n" +
        "  tags: [attention]\n";
}
