using TutorBot.Testing;

namespace TutorBot.Core.Tests.Phrasing;

public sealed class OneCatalogTests
{
    private const string Catalog = "src/TutorBot.Core/Phrasing/";

    /// <summary>Files that choose text by language and are not user-facing wording, each with the reason.</summary>
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        ["src/TutorBot.Core/Bank/LanguageDetector.cs"] = "the language codes zh and en, not words",
        ["src/TutorBot.Core/Grading/Adversarial/SwapGenerator.cs"] = "writes wrong answers for the adversarial evaluation, never shown to a user",
        ["src/TutorBot.Host/Commands/InterviewerCandidate.cs"] = "a simulated candidate's answers in the interviewer evaluation",
        ["src/TutorBot.Host/Commands/BenchGradingCommand.cs"] = "a sample answer the grading benchmark submits",
        ["src/TutorBot.Calculators/Plugins/InferenceMemoryPlugin.cs"] = "a step's substitution: bilingual calculator data, like every step and assumption",
        ["src/TutorBot.Calculators/Plugins/QuantizedSizePlugin.cs"] = "a step's substitution: bilingual calculator data, like every step and assumption",
    };

    public static TheoryData<string, bool> Snippets() => new()
    {
        { "var t = language == Language.Zh ? \"中文\" : \"English\";", true },
        { "var t = interaction.Chinese\n    ? $\"重启 {x}\"\n    : \"restarting\";", true },
        { "var t = zh ? \"还缺少：\" : \"Missing:\";", true },
        { "return Pick(language, \"Steps:\", \"计算步骤：\");", true },
        { "(QuantityUnit.Bytes, Language.Zh) => \"显存/字节\",", true },
        { "notes.Add(new LocalizedText(\"回答是空的。\", \"The answer is empty.\"));", true },
        { "var entries = picker.Pick(plan, cards, now);", false },
        { "public string For(Language language) => language == Language.Zh ? Zh : En;", false },
        { "return steps.Count == 0 ? new LocalizedText(\"\", \"\") : text;", false },
        { "throw new CalculationException(name, $\"{name}: must be positive\", $\"--{name}：必须大于零\");", true },
        { "return CalculationOutcome.Rejected(\"calculator\", \"unknown\", \"未知\");", true },
        { "throw CalculationException.For(name, l => Phrases.MustBePositive(l, name, text));", false },
        { "text.AppendLine(Phrases.StepsHeading(language));", false },
        { "[\"language\"] = language == Language.Zh ? \"Chinese\" : \"English\",", false },
    };

    [Theory]
    [MemberData(nameof(Snippets))]
    public void TheScannerFindsWordingChosenByLanguageAndNothingElse(string snippet, bool choosesByLanguage)
    {
        Assert.Equal(choosesByLanguage, LanguageChoiceScanner.Lines(snippet).Count > 0);
    }

    [Fact]
    public void NoSourceFileOutsideTheCatalogChoosesWordingByLanguage()
    {
        var offenders = SourceFiles()
            .Where(f => !f.StartsWith(Catalog, StringComparison.Ordinal) && !Allowed.Keys.Any(allowed => f.StartsWith(allowed, StringComparison.Ordinal)))
            .SelectMany(f => LanguageChoiceScanner.Lines(File.ReadAllText(Path.Combine(RepoPaths.Root, f))).Select(line => $"{f}:{line}"))
            .ToList();

        Assert.True(offenders.Count == 0, "Wording chosen by language outside the phrase catalog:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void EveryAllowedFileStillExistsAndStillChoosesByLanguage()
    {
        var files = SourceFiles().ToList();
        foreach (var allowed in Allowed.Keys)
        {
            var matching = files.Where(f => f.StartsWith(allowed, StringComparison.Ordinal)).ToList();
            Assert.True(
                matching.Any(f => LanguageChoiceScanner.Lines(File.ReadAllText(Path.Combine(RepoPaths.Root, f))).Count > 0),
                $"{allowed} no longer chooses text by language; remove it from the allow-list");
        }
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal));
}
