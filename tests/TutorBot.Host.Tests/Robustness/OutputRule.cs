using System.Text.RegularExpressions;
using TutorBot.Testing;

namespace TutorBot.Host.Tests.Robustness;

/// <summary>
/// What every run of tutorbot must look like: a correct result with exit code 0, or an error line naming what was
/// wrong with exit code 1 or 2; never a stack trace, never exit code 0 after an error.
/// </summary>
public static partial class OutputRule
{
    public static void Check(CliResult result, string what)
    {
        var context = $"{what}\n{Shorten(result.ToString())}";
        Assert.False(StackFrame().IsMatch(result.StdErr) || StackFrame().IsMatch(result.StdOut), "stack trace: " + context);
        Assert.DoesNotContain("Unhandled exception", result.StdErr + result.StdOut);
        var errorLines = result.StdErr.Split('\n').Where(l => l.StartsWith("error", StringComparison.OrdinalIgnoreCase)).ToList();
        if (result.ExitCode == 0)
        {
            Assert.True(errorLines.Count == 0, "exit code 0 after an error: " + context);
            Assert.False(result.StdErr.Contains("fail:") || result.StdErr.Contains("crit:"), "exit code 0 after a failure was logged: " + context);
            Assert.True(result.StdOut.Trim().Length > 0, "exit code 0 without output: " + context);
            return;
        }

        Assert.True(result.ExitCode is 1 or 2, "exit code must be 1 or 2: " + context);

        // A check that fails (a model refused for a memory budget) prints its verdict as the result, on stdout.
        var verdict = (result.StdErr.Trim().Length > 0 ? result.StdErr : result.StdOut).TrimEnd().Split('\n')[^1];
        Assert.True(verdict.Contains("error", StringComparison.OrdinalIgnoreCase) || verdict.StartsWith("refused:", StringComparison.Ordinal), "the last line must say what was wrong: " + context);
    }

    private static string Shorten(string text) => text.Length <= 3000 ? text : text[..3000] + $"... ({text.Length} chars)";

    [GeneratedRegex(@"^\s+at \S+\(.*\)", RegexOptions.Multiline)]
    private static partial Regex StackFrame();
}
