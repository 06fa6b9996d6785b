using TutorBot.Core.Bank;

namespace TutorBot.Core.Grading.Adversarial;

/// <summary>
/// Writes confused answers from an entry's binding annotations: each pair of bindings with different subjects is
/// said swapped ("for GPT it is RMSNorm, and for LLaMA it is LayerNorm"), and each contrast is said as a claim.
/// </summary>
public static class SwapGenerator
{
    public static IEnumerable<(string PointId, Language Language, string Answer)> Generate(BankEntry entry)
    {
        foreach (var point in entry.KeyPoints)
        {
            foreach (var language in new[] { Language.Zh, Language.En })
            {
                for (var i = 0; i < point.Binds.Count; i++)
                {
                    for (var j = i + 1; j < point.Binds.Count; j++)
                    {
                        var (a, b) = (point.Binds[i], point.Binds[j]);
                        if (a.Subject.SequenceEqual(b.Subject))
                        {
                            continue;
                        }

                        yield return (point.Id, language, language == Language.Zh
                            ? $"{Pick(a.Subject, language)} 是 {Pick(b.Property, language)}，{Pick(b.Subject, language)} 是 {Pick(a.Property, language)}。"
                            : $"For {Pick(a.Subject, language)} it is {Pick(b.Property, language)}, and for {Pick(b.Subject, language)} it is {Pick(a.Property, language)}.");
                    }
                }

                foreach (var contrast in point.Contrast)
                {
                    yield return (point.Id, language, language == Language.Zh
                        ? $"{Pick(contrast.Subject, language)} 是 {Pick(contrast.Property, language)}。"
                        : $"For {Pick(contrast.Subject, language)} it is {Pick(contrast.Property, language)}.");
                }
            }
        }
    }

    /// <summary>The first wording in the language's script, else the first.</summary>
    private static string Pick(IReadOnlyList<string> wordings, Language language) =>
        wordings.FirstOrDefault(w => w.Any(LanguageDetector.IsCjk) == (language == Language.Zh)) ?? wordings[0];
}
