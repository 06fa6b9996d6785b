using TutorBot.BankFiles;
using TutorBot.Core.Bank;
using TutorBot.Testing;

namespace TutorBot.BankFiles.Tests;

public sealed class BankFileFaultTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    public static TheoryData<string, int, int> MalformedYaml => new()
    {
        // YamlDotNet's scanner throws InvalidOperationException rather than a YamlException for these.
        { "- id: [unclosed\n  topic: x\n", 2, 3 },
        { "- id: {a: [b\n  topic: x\n", 2, 3 },
    };

    [Theory]
    [MemberData(nameof(MalformedYaml))]
    public void AScannerFailureIsReportedAtFileLineColumn(string yaml, int line, int column)
    {
        var file = _dir.Write("bad.yaml", yaml);

        var result = BankLoader.Load(_dir.Path);

        var error = Assert.Single(result.Errors);
        Assert.Equal((file, line, column), (error.File, error.Line, error.Column));
        Assert.StartsWith("YAML syntax error", error.Message);
    }

    [Fact]
    public void AFileGivenAsTheBankDirectoryIsNamedAsAFile()
    {
        var file = _dir.Write("bank.yaml", "[]\n");

        var error = Assert.Single(BankLoader.Load(file).Errors);

        Assert.Contains("is a file, not a question bank directory", error.Message);
    }

    [Fact]
    public void AnUnreadableBankFileIsAnErrorNotACrash()
    {
        // A dangling link cannot be read even by root, for whom permission bits do not apply.
        var file = _dir.File("moved.yaml");
        File.CreateSymbolicLink(file, _dir.File("gone/original.yaml"));

        var error = Assert.Single(BankLoader.Load(_dir.Path).Errors);

        Assert.Equal(file, error.File);
        Assert.StartsWith("cannot read the file", error.Message);
    }
}
