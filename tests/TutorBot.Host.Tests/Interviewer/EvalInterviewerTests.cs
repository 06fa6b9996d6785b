using System.Text.Json;
using TutorBot.Testing;

namespace TutorBot.Host.Tests.Interviewer;

/// <summary>The scripted candidates over a short run of the shipped bank meet what the interviewer promises.</summary>
public sealed class EvalInterviewerTests
{
    [Fact]
    public async Task EachScriptedCandidateMeetsTheMovesAndDifficultyItsLevelCallsFor()
    {
        var result = await CliRunner.RunAsync(["eval", "interviewer", "--interviews", "10", "--questions", "4", "--json"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var candidates = JsonDocument.Parse(result.StdOut).RootElement.EnumerateArray().ToDictionary(c => c.GetProperty("candidate").GetString()!);
        var blank = candidates["blank"];
        var reference = candidates["reference"];
        Assert.Equal(["scaffold"], Kinds(blank));
        Assert.DoesNotContain("scaffold", Kinds(reference));
        Assert.True(candidates["half"].GetProperty("probe_after_first_answer_share").GetDouble() >= 0.9, result.StdOut);
        Assert.True(Difficulty(blank, "last") < Difficulty(blank, "first"), result.StdOut);
        Assert.True(Difficulty(reference, "last") > Difficulty(reference, "first"), result.StdOut);
    }

    private static List<string> Kinds(JsonElement candidate) =>
        candidate.GetProperty("followups_after_level").EnumerateObject()
            .SelectMany(level => level.Value.EnumerateObject().Select(kind => kind.Name))
            .Distinct()
            .ToList();

    private static double Difficulty(JsonElement candidate, string which) => candidate.GetProperty($"{which}_interview_difficulty").GetDouble();
}
