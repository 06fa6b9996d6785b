using TutorBot.BankFiles;
using TutorBot.Core.Bank;
using TutorBot.Core.Calculations;
using TutorBot.Testing;

namespace TutorBot.Calculators.Tests.Bank;

/// <summary>
/// Every calculation entry of the shipped bank: its calc block runs, both reference answers state the computed figure,
/// and its question in both languages routes to the same calculator and arguments.
/// </summary>
public sealed class BankCalculationTests
{
    private const int MinimumCalculationEntries = 8;

    private static readonly Lazy<IReadOnlyList<BankEntry>> Entries = new(() =>
        BankLoader.LoadOrThrow(RepoPaths.QuestionBank).Entries.Where(e => e.Calc is not null).ToList());

    public static TheoryData<string> EntryIds
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var entry in Entries.Value)
            {
                data.Add(entry.Id);
            }

            return data;
        }
    }

    [Fact]
    public void BankHasEnoughCalculationEntries()
    {
        Assert.True(Entries.Value.Count >= MinimumCalculationEntries, $"{Entries.Value.Count} calculation entries, expected at least {MinimumCalculationEntries}");
    }

    [Theory]
    [MemberData(nameof(EntryIds))]
    public void ReferenceAnswersStateTheComputedFigureInBothLanguages(string id)
    {
        var entry = Find(id);
        var result = RunBlock(entry);
        var headline = result.Headline;

        foreach (var (language, answer) in new[] { ("zh", entry.Answer.Zh), ("en", entry.Answer.En) })
        {
            Assert.True(
                AnswerFigures.States(answer, AnswerFigures.KindOf(headline.Unit), headline.Value),
                $"{id} ({language}): the answer does not state {headline.Key} = {headline.Value:R} {headline.Unit} (within 1%); it states {string.Join(", ", AnswerFigures.In(answer, AnswerFigures.KindOf(headline.Unit)))}");
        }
    }

    [Theory]
    [MemberData(nameof(EntryIds))]
    public void QuestionRoutesToTheCalcBlockInBothLanguages(string id)
    {
        var entry = Find(id);
        var expected = RunBlock(entry);

        foreach (var (language, question) in new[] { ("zh", entry.Question.Zh), ("en", entry.Question.En) })
        {
            var route = CalculatorRuns.Service.Route(question);
            Assert.True(route is not null, $"{id} ({language}): not routed: {question}");
            Assert.True(expected.Calculator == route.Calculator, $"{id} ({language}): routed to {route.Calculator}, the calc block says {expected.Calculator}");
            var outcome = CalculatorRuns.Service.Evaluate(route.Calculator, route.Arguments);
            Assert.True(outcome.Missing.Count == 0, $"{id} ({language}): route misses {string.Join(", ", outcome.Missing.Select(m => m.Name))} (read {Describe(route.Arguments)})");

            var routed = CalculatorRuns.Service.Run(route.Calculator, route.Arguments);
            foreach (var (name, value) in expected.Inputs)
            {
                Assert.True(
                    routed.Inputs.TryGetValue(name, out var actual) && actual == value,
                    $"{id} ({language}): {name} is {(actual ?? "absent")} from the question, {value} in the calc block (read {Describe(route.Arguments)})");
            }

            Assert.Equal(expected.Headline, routed.Headline);
        }
    }

    private static BankEntry Find(string id) => Entries.Value.Single(e => e.Id == id);

    private static CalculationResult RunBlock(BankEntry entry) => CalculatorRuns.Service.Run(entry.Calc!.Calculator, entry.Calc.Arguments);

    private static string Describe(IReadOnlyDictionary<string, string> arguments) => string.Join(" ", arguments.Select(a => $"--{a.Key} {a.Value}"));
}
