using System.Diagnostics;
using System.Text.Json;
using TutorBot.Testing;

namespace TutorBot.Host.Tests.Chat;

/// <summary>A running `tutorbot chat --jsonl` process: send lines, read replies as JSON, kill it.</summary>
public sealed class ChatSession : IDisposable
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;

    private ChatSession(Process process) => _process = process;

    public static ChatSession Start(string database, string user) =>
        new(CliRunner.Start(["chat", "--jsonl", "--user", user, "--db", database]));

    /// <summary>A chat whose storage the environment names (TUTORBOT__Storage__...), e.g. a PostgreSQL schema.</summary>
    public static ChatSession Start(IReadOnlyDictionary<string, string> environment, string user) =>
        new(CliRunner.Start(["chat", "--jsonl", "--user", user], environment: environment));

    /// <summary>Starts `chat --jsonl` with further options and environment variables.</summary>
    public static ChatSession Start(string database, string user, IEnumerable<string> options, IReadOnlyDictionary<string, string> environment) =>
        new(CliRunner.Start(["chat", "--jsonl", "--user", user, "--db", database, .. options], environment: environment));

    public int ProcessId => _process.Id;

    public async Task SendAsync(string line)
    {
        await _process.StandardInput.WriteLineAsync(line);
        await _process.StandardInput.FlushAsync();
    }

    public async Task<JsonElement> ReadReplyAsync()
    {
        using var timeout = new CancellationTokenSource(ReplyTimeout);
        var line = await _process.StandardOutput.ReadLineAsync(timeout.Token)
            ?? throw new InvalidOperationException("tutorbot chat exited: " + await _process.StandardError.ReadToEndAsync());
        return JsonDocument.Parse(line).RootElement.Clone();
    }

    /// <summary>Reads replies up to and including the first one of the given types.</summary>
    public async Task<List<JsonElement>> ReadUntilAsync(params string[] types)
    {
        var replies = new List<JsonElement>();
        do
        {
            replies.Add(await ReadReplyAsync());
        }
        while (!types.Contains(replies[^1].GetProperty("type").GetString()));
        return replies;
    }

    public async Task<int> QuitAsync()
    {
        await SendAsync("/quit");
        using var timeout = new CancellationTokenSource(ReplyTimeout);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    /// <summary>Everything the process wrote to stderr; call after it exited.</summary>
    public Task<string> ReadStdErrAsync() => _process.StandardError.ReadToEndAsync();

    /// <summary>SIGKILL: no chance to flush or clean up, as in a crash.</summary>
    public void Kill()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
