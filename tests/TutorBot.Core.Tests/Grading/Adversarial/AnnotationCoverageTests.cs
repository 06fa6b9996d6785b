using TutorBot.BankFiles;
using TutorBot.Core.Bank;
using TutorBot.Core.Grading.Adversarial;
using TutorBot.Testing;

namespace TutorBot.Core.Tests.Grading.Adversarial;

public sealed class AnnotationCoverageTests
{
    private static readonly QuestionBank Shipped = BankLoader.LoadOrThrow(RepoPaths.QuestionBank);

    [Fact]
    public void AConceptEntryCountsAsAnnotatedByABindingOrByAWrongClaimAndCalculationsAreLeftOut()
    {
        var bound = Shipped.Entries.First(e => e.Kind == EntryKind.Concept && e.KeyPoints.Any(k => k.Binds.Count > 0));
        var plain = Bare(bound) with { Id = "plain" };
        var wrongOnly = Bare(bound) with { Id = "wrong-only", Wrong = bound.Wrong.Count > 0 ? bound.Wrong : Shipped.Entries.First(e => e.Wrong.Count > 0).Wrong };
        var calculation = Shipped.Entries.First(e => e.Kind == EntryKind.Calculation);

        var coverage = AnnotationCoverage.Of(new QuestionBank([bound, plain, wrongOnly, calculation]));

        Assert.Equal(new AnnotationCoverage(3, 2), coverage);
        Assert.Equal(2 / 3.0, coverage.Share, 6);
    }

    private static BankEntry Bare(BankEntry entry) => entry with
    {
        Wrong = [],
        KeyPoints = entry.KeyPoints.Select(k => k with { Binds = [], Contrast = [] }).ToList(),
    };
}
