namespace TutorBot.Host.Tests.Robustness;

/// <summary>
/// Every verb and option with empty, blank, 1 MB, binary, broken, right-to-left and zero-width text, numbers out of
/// every range, unusable paths and unknown flags: a correct result or a one-line error, never a stack trace.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class HostileInputSweepTests(SweepFixture fixture) : IClassFixture<SweepFixture>
{
    public static TheoryData<string> CaseNames => new(SweepCases.Names);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task EveryHostileInputGivesAResultOrAOneLineError(string name)
    {
        var sweep = fixture.Cases[name];

        var result = await InProcessCli.RunAsync(sweep.Args, sweep.Stdin);

        OutputRule.Check(result, $"tutorbot {InProcessCli.Describe(sweep.Args)}");
    }
}
