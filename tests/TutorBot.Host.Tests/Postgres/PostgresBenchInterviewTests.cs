using TutorBot.Testing;
using TutorBot.Testing.Postgres;

namespace TutorBot.Host.Tests.Postgres;

public sealed class PostgresBenchInterviewTests
{
    [PostgresFact]
    public async Task BenchInterviewWithTwoProcessesOnPostgresLosesNoAnswerGradesEachOnceAndPutsNoUserInTwoInterviews()
    {
        var result = await CliRunner.RunAsync(
            ["bench", "interview", "--storage", "postgres", "--processes", "2", "--users", "6", "--questions", "2", "--rounds", "2"],
            environment: new Dictionary<string, string> { ["TUTORBOT__Storage__ConnectionString"] = PostgresTestServer.RequireConnectionString() },
            timeout: TimeSpan.FromMinutes(4));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("storage: postgres, processes: 2, users: 12, interviews: 24,", result.StdOut);
        Assert.Matches(@"answers: (\d+) sent, \1 stored, \1 graded, \1 feedback replies", result.StdOut);
        Assert.Contains("users in two interviews at once: 0; interviews left running: 0", result.StdOut);
        Assert.Matches(@"p99 \d+(\.\d)?", result.StdOut);
    }

    [Fact]
    public async Task BenchInterviewOnPostgresWithoutAServerSaysWhatToSetInOneLine()
    {
        var result = await CliRunner.RunAsync(
            ["bench", "interview", "--storage", "postgres", "--processes", "2"],
            environment: new Dictionary<string, string> { ["TUTORBOT__Storage__ConnectionString"] = "" });

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: --storage postgres needs a server: set Storage:ConnectionString (TUTORBOT__Storage__ConnectionString).", result.StdErr.Trim());
    }
}
