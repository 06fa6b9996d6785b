using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace TutorBot.Host.Commands;

/// <summary>
/// Runs the interview bench in several real `tutorbot` processes at once on one database: each child drives its own
/// block of users (as bot processes serving different shards would) and writes what it measured to a file.
/// </summary>
public static class BenchInterviewProcesses
{
    public static async Task<BenchInterviewRun> RunAsync(
        IReadOnlyDictionary<string, string?> storage,
        int processes,
        int users,
        int questions,
        int rounds,
        CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("tutorbot-bench-");
        try
        {
            var children = Enumerable.Range(0, processes).Select(k => Start(storage, Path.Combine(folder.FullName, $"worker-{k}.json"), k * users, users, questions, rounds)).ToList();
            await Task.WhenAll(children.Select(c => WaitAsync(c, cancellationToken)));
            var runs = children.Select(c => Read(c.Report, c.Errors.ToString())).ToList();
            return new BenchInterviewRun(
                runs.Min(r => r.StartedAtMs),
                runs.Max(r => r.EndedAtMs),
                runs.SelectMany(r => r.LatenciesMs).ToList(),
                runs.Sum(r => r.FailedInterviews),
                runs.Sum(r => r.AnswersSent),
                runs.Sum(r => r.GradesReceived));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static Child Start(IReadOnlyDictionary<string, string?> storage, string report, int firstUser, int users, int questions, int rounds)
    {
        var info = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Directory.GetCurrentDirectory(),
        };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            info.ArgumentList.Add(typeof(BenchInterviewProcesses).Assembly.Location);
        }

        foreach (var arg in new[] { "bench", "interview", "--users", Text(users), "--questions", Text(questions), "--rounds", Text(rounds), "--worker-first-user", Text(firstUser), "--worker-report", report })
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in storage)
        {
            info.Environment["TUTORBOT__" + key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start a bench process");
        var child = new Child(process, report);
        process.ErrorDataReceived += (_, e) => child.Append(e.Data);
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return child;
    }

    private static async Task WaitAsync(Child child, CancellationToken cancellationToken)
    {
        try
        {
            await child.Process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            child.Process.Kill(entireProcessTree: true);
            throw;
        }
    }

    private static BenchInterviewRun Read(string report, string errors) =>
        File.Exists(report)
            ? JsonSerializer.Deserialize(File.ReadAllText(report), BenchInterviewRunJson.Default.BenchInterviewRun)!
            : throw new InvalidOperationException($"a bench process ended without its report: {errors.Trim().Split('\n').LastOrDefault()}");

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed record Child(Process Process, string Report)
    {
        public System.Text.StringBuilder Errors { get; } = new();

        public void Append(string? line)
        {
            lock (Errors)
            {
                Errors.AppendLine(line);
            }
        }
    }
}
