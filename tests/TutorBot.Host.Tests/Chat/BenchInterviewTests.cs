using TutorBot.Testing;

namespace TutorBot.Host.Tests.Chat;

public sealed class BenchInterviewTests
{
    [Fact]
    public async Task BenchInterviewPrintsTurnsPerSecondAndP99Latency()
    {
        var result = await CliRunner.RunAsync(["bench", "interview", "--users", "4", "--questions", "2", "--rounds", "1"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"turns/s: \d+(\.\d)?", result.StdOut);
        Assert.Matches(@"p99 \d+(\.\d)?", result.StdOut);
        Assert.Contains("failed interviews: 0", result.StdOut);
    }
}
