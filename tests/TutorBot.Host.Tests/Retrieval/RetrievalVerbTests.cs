using System.Text.Json;
using TutorBot.Testing;

namespace TutorBot.Host.Tests.Retrieval;

/// <summary>Drives the real search, ask, eval retrieval and bench retrieval verbs against the shipped attention entry.</summary>
public sealed class RetrievalVerbTests
{
    private const string AttentionEntry = "attention-scaling-sqrt-dk";

    [Fact]
    public async Task SearchJsonPrintsIdScoreAndBothQuestionsBestFirst()
    {
        var result = await CliRunner.RunAsync(["search", "为什么注意力要除以根号dk", "--json", "--top", "3"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var hits = JsonDocument.Parse(result.StdOut).RootElement.EnumerateArray().ToList();
        Assert.InRange(hits.Count, 1, 3);
        Assert.Equal(AttentionEntry, hits[0].GetProperty("id").GetString());
        Assert.True(hits[0].GetProperty("score").GetDouble() > 0);
        Assert.False(string.IsNullOrEmpty(hits[0].GetProperty("question").GetProperty("zh").GetString()));
        Assert.False(string.IsNullOrEmpty(hits[0].GetProperty("question").GetProperty("en").GetString()));
        var scores = hits.Select(h => h.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [Fact]
    public async Task SearchQueriesFilePrintsOneJsonArrayPerLine()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("queries.txt", "why divide attention by sqrt dk\n\nAND (\n");

        var result = await CliRunner.RunAsync(["search", "--queries", file]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal(AttentionEntry, JsonDocument.Parse(lines[0]).RootElement[0].GetProperty("id").GetString());
        Assert.Equal("[]", lines[1].Trim());
        Assert.Equal("[]", lines[2].Trim());
    }

    [Fact]
    public async Task BadQueriesPrintEmptyArraysWithoutAStackTrace()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("bad.txt", string.Join('\n', "AND (", "title:*", "？？！！。。", "\"unbalanced", new string('x', 100_000)) + "\n");

        var positional = await CliRunner.RunAsync(["search", "title:* AND (", "--json"]);
        var lines = await CliRunner.RunAsync(["search", "--queries", file]);

        Assert.True(positional.ExitCode == 0, positional.ToString());
        Assert.Equal("[]", positional.StdOut.Trim());
        Assert.True(lines.ExitCode == 0, lines.ToString());
        Assert.Equal(Enumerable.Repeat("[]", 5), lines.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
        Assert.DoesNotContain("   at ", positional.StdErr + lines.StdErr);
    }

    [Fact]
    public async Task SearchWithoutAQueryIsABadArgument()
    {
        var result = await CliRunner.RunAsync(["search"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("QUERY", result.StdErr);
    }

    [Fact]
    public async Task AskJsonAnswersFromTheBankWithCitationsAndMode()
    {
        var result = await CliRunner.RunAsync(["ask", "Why do we divide attention scores by sqrt(d_k)?", "--json"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var answer = JsonDocument.Parse(result.StdOut).RootElement;
        Assert.Equal("retrieval", answer.GetProperty("mode").GetString());
        Assert.Equal(AttentionEntry, answer.GetProperty("citations")[0].GetString());
        Assert.Contains("softmax", answer.GetProperty("answer").GetString());
    }

    [Fact]
    public async Task AskFollowupInChineseStaysOnTheCitedEntry()
    {
        var result = await CliRunner.RunAsync(["ask", "那为什么不是除以dk？", "--after", AttentionEntry, "--json"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var answer = JsonDocument.Parse(result.StdOut).RootElement;
        Assert.Equal(AttentionEntry, answer.GetProperty("citations")[0].GetString());
        Assert.Contains("√d_k", answer.GetProperty("answer").GetString());
    }

    [Fact]
    public async Task AskRefusesWhatTheBankDoesNotCover()
    {
        var result = await CliRunner.RunAsync(["ask", "how do I center a div in css", "--json"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var answer = JsonDocument.Parse(result.StdOut).RootElement;
        Assert.Equal(0, answer.GetProperty("citations").GetArrayLength());
        Assert.Contains("nothing relevant", answer.GetProperty("answer").GetString());
    }

    [Fact]
    public async Task EvalRetrievalPrintsRecallMrrAndRefusalsForASet()
    {
        using var dir = new TempDirectory();
        var set = dir.Write("set.tsv", $"为什么注意力要除以根号dk\t{AttentionEntry}\nsoftmax saturation when dot products get large\t{AttentionEntry}\nsourdough bread recipe\t-\n");

        var result = await CliRunner.RunAsync(["eval", "retrieval", "--set", set]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("queries:        3 (2 answerable, 1 unanswerable)", result.StdOut);
        Assert.Contains("recall@1:       1.000", result.StdOut);
        Assert.Contains("recall@3:       1.000", result.StdOut);
        Assert.Contains("mrr:            1.000", result.StdOut);
        Assert.Contains("refusals:       1.000", result.StdOut);
    }

    [Fact]
    public async Task EvalRetrievalRejectsIdsTheBankDoesNotHave()
    {
        using var dir = new TempDirectory();
        var set = dir.Write("set.tsv", "LoRA\tno-such-entry\n");

        var result = await CliRunner.RunAsync(["eval", "retrieval", "--set", set]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{set}:1: unknown entry id 'no-such-entry'", result.StdErr);
    }

    [Fact]
    public async Task EvalRetrievalWithAMissingSetIsABadArgument()
    {
        var result = await CliRunner.RunAsync(["eval", "retrieval", "--set", "no/such/file.tsv"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("does not exist", result.StdErr);
    }

    [Fact]
    public async Task BenchRetrievalPrintsBuildTimeAndLatencyForTheShippedAndTheReplicatedBank()
    {
        using var dir = new TempDirectory();
        var set = dir.Write("set.tsv", $"attention sqrt dk\t{AttentionEntry}\nLoRA\t-\n");

        var result = await CliRunner.RunAsync(["bench", "retrieval", "--set", set, "--entries", "300", "--rounds", "2"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"300 entries: build +[0-9.]+ ms +query p50 [0-9.]+ ms +p99 [0-9.]+ ms", result.StdOut);
        Assert.Equal(2, result.StdOut.Split('\n').Count(l => l.Contains("query p50")));
    }
}
