using System.Text.Json;
using TutorBot.Testing;

namespace TutorBot.Host.Tests.Bank;

public sealed class BankVerbTests
{
    [Fact]
    public async Task ValidateExitsZeroOnTheShippedBank()
    {
        var result = await CliRunner.RunAsync(["bank", "validate"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("no errors", result.StdOut);
    }

    [Fact]
    public async Task ValidateListsEveryErrorAsFileLineColumnAndExitsOne()
    {
        using var dir = new TempDirectory();
        var first = dir.Write("a.yaml", "- id: x\n  topic: t\n  difficulty: 7\n");
        var second = dir.Write("b.yaml", "- id: y\n  bogus: [\n");

        var result = await CliRunner.RunAsync(["bank", "validate", dir.Path]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{first}:3:15: difficulty must be 1, 2 or 3", result.StdErr);
        Assert.Contains($"{first}:1:3: entry is missing 'kind'", result.StdErr);
        Assert.Contains($"{second}:", result.StdErr);
        Assert.Contains("YAML syntax error", result.StdErr);
        Assert.DoesNotContain("   at ", result.StdErr);
    }

    [Fact]
    public async Task ListJsonHasAtLeastSixtyCompleteBilingualEntries()
    {
        var result = await CliRunner.RunAsync(["bank", "list", "--json"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var entries = JsonDocument.Parse(result.StdOut).RootElement.EnumerateArray().ToList();
        Assert.True(entries.Count >= 60, $"only {entries.Count} entries");
        foreach (var entry in entries)
        {
            var id = entry.GetProperty("id").GetString();
            foreach (var field in new[] { "question", "answer" })
            {
                foreach (var language in new[] { "zh", "en" })
                {
                    Assert.False(string.IsNullOrWhiteSpace(entry.GetProperty(field).GetProperty(language).GetString()), $"{id}: {field}.{language}");
                }
            }

            if (entry.GetProperty("kind").GetString() == "concept")
            {
                Assert.True(entry.GetProperty("key_points").GetArrayLength() >= 2, $"{id} has fewer than 2 key points");
            }
        }
    }

    [Fact]
    public async Task ShowPrintsBothLanguagesAndAnUnknownIdIsABadArgument()
    {
        var shown = await CliRunner.RunAsync(["bank", "show", "attention-scaling-sqrt-dk"]);
        var unknown = await CliRunner.RunAsync(["bank", "show", "no-such-entry"]);

        Assert.Equal(0, shown.ExitCode);
        Assert.Contains("Q (zh):", shown.StdOut);
        Assert.Contains("Q (en):", shown.StdOut);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("no entry with id 'no-such-entry'", unknown.StdErr);
    }

    [Fact]
    public async Task TheBotRefusesToStartOnAnInvalidBankWithTheSameMessages()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("a.yaml", "- id: x\n  topic: t\n  difficulty: 7\n");

        var result = await CliRunner.RunAsync(["chat"], stdin: "/quit\n", environment: new Dictionary<string, string> { ["TUTORBOT__BANK__PATH"] = dir.Path });

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains($"{file}:3:15: difficulty must be 1, 2 or 3", result.StdErr);
        Assert.DoesNotContain("   at ", result.StdErr);
    }
}
