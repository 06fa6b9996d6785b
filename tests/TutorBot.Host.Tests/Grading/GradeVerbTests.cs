using System.Text.Json;
using TutorBot.Testing;
using Xunit;

namespace TutorBot.Host.Tests.Grading;

public sealed class GradeVerbTests
{
    [Fact]
    public async Task JsonOutputHasTheDocumentedShape()
    {
        var run = await CliRunner.RunAsync(["grade", "--id", "attention-scaling-sqrt-dk", "--answer", "Softmax saturates and the gradients vanish.", "--json"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.StdOut);
        var root = json.RootElement;
        Assert.Equal("attention-scaling-sqrt-dk", root.GetProperty("id").GetString());
        Assert.InRange(root.GetProperty("score").GetDouble(), 0, 10);
        Assert.Equal("softmax-saturation", root.GetProperty("covered")[0].GetProperty("id").GetString());
        Assert.Contains("Softmax saturates", root.GetProperty("covered")[0].GetProperty("evidence").GetString());
        Assert.Contains("variance-grows", root.GetProperty("missing").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("Missing", root.GetProperty("feedback").GetString());
        Assert.Equal("rubric", root.GetProperty("method").GetString());
    }

    [Fact]
    public async Task AChineseAnswerGetsChineseFeedback()
    {
        var run = await CliRunner.RunAsync(["grade", "--id", "kv-cache-why", "--answer", "缓存历史 token 的 K 和 V，新 token 只算自己的。"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("kv-cache-why:", run.StdOut);
        Assert.Contains("还缺少", run.StdOut);
    }

    [Fact]
    public async Task AQuestionAloneIsGradedAgainstTheEntryFoundBySearch()
    {
        var run = await CliRunner.RunAsync(["grade", "--question", "ZeRO-1 和 ZeRO-3 的区别是什么？", "--answer", "ZeRO-1 只切分优化器状态，ZeRO-3 连参数也切分。", "--json"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.StdOut);
        Assert.Equal("zero-stages", json.RootElement.GetProperty("id").GetString());
        Assert.Contains("还缺少", json.RootElement.GetProperty("feedback").GetString());
    }

    [Fact]
    public async Task AQuestionWithAReferenceIsGradedWithoutTheBank()
    {
        var run = await CliRunner.RunAsync(
        [
            "grade", "--question", "What is the role of a prototype program in problem solving?",
            "--reference", "To simulate the behaviour of portions of the desired software product.",
            "--answer", "A prototype simulates parts of the desired software product to test ideas early.", "--json",
        ]);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.StdOut);
        Assert.StartsWith("reference", json.RootElement.GetProperty("method").GetString());
        Assert.True(json.RootElement.GetProperty("score").GetDouble() >= 6, run.StdOut);
    }

    [Fact]
    public async Task AHundredThousandCharacterAnswerFromStandardInputIsGradedOnAPrefix()
    {
        var answer = "Softmax saturates and the gradients vanish. " + new string('a', 100_000);

        var run = await CliRunner.RunAsync(["grade", "--id", "attention-scaling-sqrt-dk", "--answer", "-", "--json"], stdin: answer);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("only the first", run.StdOut);
    }

    [Fact]
    public async Task BinaryJunkIsAClearResultNotACrash()
    {
        var junk = new string(Enumerable.Range(0, 3000).Select(i => (char)(i * 7919 % 0x1F)).ToArray());

        var run = await CliRunner.RunAsync(["grade", "--id", "attention-scaling-sqrt-dk", "--answer", "-", "--lang", "en"], stdin: junk);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("0.0/10", run.StdOut);
        Assert.Contains("not readable", run.StdOut);
        Assert.DoesNotContain("Exception", run.StdErr);
    }

    [Theory]
    [InlineData(new[] { "grade", "--answer", "x" }, "--id or --question")]
    [InlineData(new[] { "grade", "--id", "attention-scaling-sqrt-dk", "--question", "q", "--answer", "x" }, "--id or --question")]
    [InlineData(new[] { "grade", "--id", "no-such-entry", "--answer", "x" }, "no entry with id")]
    [InlineData(new[] { "grade", "--id", "attention-scaling-sqrt-dk", "--answer", "x", "--lang", "fr" }, "--lang")]
    [InlineData(new[] { "eval", "grading", "--dataset", "/no/such/file.csv" }, "file.csv")]
    [InlineData(new[] { "bench", "grading", "--seconds", "-1" }, "--seconds")]
    public async Task BadArgumentsGiveOneClearLineAndExitTwo(string[] args, string named)
    {
        var run = await CliRunner.RunAsync(args);

        Assert.True(run.ExitCode == 2, run.ToString());
        var line = Assert.Single(run.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(named, line);
    }

    [Fact]
    public async Task EvalGradingPrintsAgreementWithTheHumanScores()
    {
        using var temp = new TempDirectory();
        var csv = temp.Write("small.csv", """
            id,question,desired_answer,student_answer,score_avg
            1,What is a stack?,A last-in first-out data structure.,"A stack is last in, first out: you push and pop at the top.",5
            1,What is a stack?,A last-in first-out data structure.,A list of things.,2
            1,What is a stack?,A last-in first-out data structure.,Last-in first-out structure.,5
            2,What does a queue do?,It stores items first-in first-out.,Items come out first in first out.,5
            2,What does a queue do?,It stores items first-in first-out.,I do not know.,0
            2,What does a queue do?,It stores items first-in first-out.,"It's a line, first in, first out.",4.5
            """);

        var run = await CliRunner.RunAsync(["eval", "grading", "--dataset", csv, "--json"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.StdOut);
        Assert.Equal(6, json.RootElement.GetProperty("n").GetInt32());
        Assert.True(json.RootElement.GetProperty("pearson").GetDouble() > 0.5, run.StdOut);
        Assert.True(json.RootElement.GetProperty("rmse").GetDouble() >= 0);
    }

    [Fact]
    public async Task EvalGradingRejectsAFileWithoutTheRequiredColumns()
    {
        using var temp = new TempDirectory();
        var csv = temp.Write("bad.csv", "question,answer\nq,a\n");

        var run = await CliRunner.RunAsync(["eval", "grading", "--dataset", csv]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("missing column", run.StdErr);
    }

    [Fact]
    public async Task BenchGradingPrintsAnswersPerSecond()
    {
        var run = await CliRunner.RunAsync(["bench", "grading", "--seconds", "1", "--json"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.StdOut);
        Assert.True(json.RootElement.GetProperty("answers_per_second").GetDouble() > 0);
        Assert.False(json.RootElement.GetProperty("model").GetBoolean());
    }
}
