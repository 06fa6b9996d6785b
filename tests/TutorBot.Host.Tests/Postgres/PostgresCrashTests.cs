using TutorBot.Host.Tests.Chat;
using TutorBot.Testing.Postgres;
using Xunit.Abstractions;

namespace TutorBot.Host.Tests.Postgres;

/// <summary>Two chat processes on one PostgreSQL schema; one is killed (SIGKILL) right after its user's answer is stored.</summary>
public sealed class PostgresCrashTests(ITestOutputHelper output) : IDisposable
{
    private const string Answer = "The scaling keeps the variance of the dot products in check, so softmax does not saturate.";
    private readonly Lazy<PostgresTestSchema> _schema = new(() => new PostgresTestSchema());

    [PostgresFact]
    public async Task KillingOneOfTwoPostgresProcessesMidInterviewLeavesTheOtherRunningAndARestartResumesWithTheStoredAnswer()
    {
        var environment = _schema.Value.Environment;
        using var other = ChatSession.Start(environment, "steady");
        await other.SendAsync("/interview transformer 2 en");
        await other.ReadUntilAsync("question");

        int position;
        using (var killed = ChatSession.Start(environment, "crash"))
        {
            await killed.SendAsync("/interview transformer 3 en");
            position = (await killed.ReadUntilAsync("question"))[^1].GetProperty("question_number").GetInt32();
            await killed.SendAsync(Answer);
            await WaitUntilStoredAsync(Answer);
            killed.Kill();
        }

        // The other process goes on with its own user's interview, on the same database.
        await other.SendAsync("keys and values are cached");
        Assert.Equal("feedback", (await other.ReadUntilAsync("feedback"))[^1].GetProperty("type").GetString());

        using var restarted = ChatSession.Start(environment, "crash");
        await ResumedChat.AssertResumedAfterAsync(restarted, position, output);
        Assert.Equal([$"{Answer}|True"], CrashAnswers());

        Assert.Equal(0, await restarted.QuitAsync());
        Assert.Equal(0, await other.QuitAsync());
        Assert.Equal(["1"], _schema.Value.Column("SELECT count(*) FROM interviews i JOIN users u ON u.id = i.user_id WHERE u.external_id = 'crash' AND i.status = 'active';"));
    }

    public void Dispose()
    {
        if (_schema.IsValueCreated)
        {
            _schema.Value.Dispose();
        }
    }

    private List<string> CrashAnswers() => _schema.Value.Column(
        "SELECT a.text || '|' || CASE WHEN a.graded THEN 'True' ELSE 'False' END FROM answers a JOIN interviews i ON i.id = a.interview_id JOIN users u ON u.id = i.user_id WHERE u.external_id = 'crash';");

    private async Task WaitUntilStoredAsync(string text)
    {
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            if (CrashAnswers().Any(row => row.StartsWith(text, StringComparison.Ordinal)))
            {
                return;
            }

            await Task.Delay(10);
        }

        throw new TimeoutException("the answer never reached the database");
    }
}
