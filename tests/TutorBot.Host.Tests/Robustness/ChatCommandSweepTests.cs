using System.Text;
using System.Text.Json;
using TutorBot.Testing;

namespace TutorBot.Host.Tests.Robustness;

/// <summary>Every chat command, inside and outside an interview, with each hostile text and number as its argument.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ChatCommandSweepTests : IDisposable
{
    private static readonly string[] Commands = ["/interview", "/review", "/hint", "/skip", "/end", "/resume", "/lang", "/ask", "/calc", "/grade", "/progress", "/help", "/nosuchcommand", ""];

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    public static TheoryData<string> Values => new(HostileValues.Texts.Keys.Concat(HostileValues.Numbers.Select(n => $"'{n}'")));

    [Theory]
    [MemberData(nameof(Values))]
    public async Task EveryChatCommandAnswersAHostileArgumentWithAReply(string value)
    {
        var text = HostileValues.Texts.TryGetValue(value, out var hostile) ? hostile : value.Trim('\'');
        var lines = Commands.Select(c => $"{c} {text}")
            .Concat(["/interview 1", text, "/hint " + text, "/skip " + text, "/interview", "/end " + text, "/quit"]);

        await AssertEveryLineIsAnsweredAsync(Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"), value);
    }

    [Fact]
    public async Task LinesThatAreNotUtf8AreAnsweredLikeAnyOther()
    {
        var stdin = "/interview 1\n"u8.ToArray().Concat(HostileValues.InvalidUtf8).Concat("/ask "u8.ToArray()).Concat(HostileValues.InvalidUtf8).Concat("/quit\n"u8.ToArray()).ToArray();

        await AssertEveryLineIsAnsweredAsync(stdin, "invalid UTF-8");
    }

    private async Task AssertEveryLineIsAnsweredAsync(byte[] stdin, string what)
    {
        var result = await InProcessCli.RunAsync(["chat", "--jsonl", "--user", "sweeper", "--db", _dir.File("chat.db")], stdin);

        OutputRule.Check(result, $"chat with {what}");
        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var line in result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var reply = JsonDocument.Parse(line).RootElement;
            Assert.False(string.IsNullOrWhiteSpace(reply.GetProperty("text").GetString()), $"{what}: empty reply {line}");
        }
    }
}
