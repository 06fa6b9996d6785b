using System.Globalization;
using System.Text.Json;
using TutorBot.Testing;

namespace TutorBot.Host.Tests.Chat;

public sealed class TimedChatTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Theory]
    [InlineData("en", "⏱ Time left: 2 min")]
    [InlineData("zh", "⏱ 剩余时间：2 分钟")]
    public async Task ATimedQuestionInJsonlCarriesItsDeadlineAndTheMinutesLeft(string language, string timeLeft)
    {
        var before = DateTimeOffset.UtcNow;

        var result = await CliRunner.RunAsync(["chat", "--jsonl", "--db", _directory.File("t.db")], $"/interview transformer 1 {language} timed 2\n/quit\n");

        Assert.True(result.ExitCode == 0, result.ToString());
        var question = result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Single(r => r.GetProperty("type").GetString() == "question");
        var deadline = DateTimeOffset.Parse(question.GetProperty("deadline").GetString()!, CultureInfo.InvariantCulture);
        Assert.InRange(deadline, before.AddMinutes(2), DateTimeOffset.UtcNow.AddMinutes(2));
        Assert.EndsWith(timeLeft, question.GetProperty("text").GetString());
    }

    public void Dispose() => _directory.Dispose();
}
