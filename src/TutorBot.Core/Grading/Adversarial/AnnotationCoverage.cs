using TutorBot.Core.Bank;

namespace TutorBot.Core.Grading.Adversarial;

/// <summary>How many concept entries carry a confusion annotation: a binding or contrast on a key point, or a wrong claim.</summary>
public sealed record AnnotationCoverage(int ConceptEntries, int Annotated)
{
    public double Share => ConceptEntries == 0 ? 0 : Annotated / (double)ConceptEntries;

    public static AnnotationCoverage Of(QuestionBank bank)
    {
        var concepts = bank.Entries.Where(e => e.Kind == EntryKind.Concept).ToList();
        return new AnnotationCoverage(concepts.Count, concepts.Count(IsAnnotated));
    }

    private static bool IsAnnotated(BankEntry entry) =>
        entry.Wrong.Count > 0 || entry.KeyPoints.Any(k => k.Binds.Count > 0 || k.Contrast.Count > 0);
}
