using Microsoft.Extensions.Options;
using TutorBot.BankFiles;
using TutorBot.Core.Bank;
using TutorBot.Core.Calculations;
using TutorBot.Core.Grading;
using TutorBot.Core.Grading.Judge;
using TutorBot.Core.Grading.Numeric;
using TutorBot.Core.Grading.Reference;
using TutorBot.Core.Grading.Rubric;
using TutorBot.Core.Model;
using TutorBot.Testing;

namespace TutorBot.Core.Tests.Grading;

/// <summary>The real bank and synonym file, and a grader built on the dependency-free analyzer.</summary>
public static class GraderFixture
{
    public static QuestionBank Bank { get; } = BankLoader.LoadOrThrow(RepoPaths.QuestionBank);

    public static SynonymTable Synonyms { get; } = BankSideFiles.LoadSynonyms(RepoPaths.QuestionBank);

    public static AnswerGrader CreateGrader(GradingOptions? options = null, ICalculatorService? calculators = null, ITutorModel? model = null)
    {
        var analyzer = new SimpleTextAnalyzer();
        var settings = Options.Create(options ?? new GradingOptions());
        return new AnswerGrader(
            analyzer,
            Synonyms,
            new ReferenceGrader(analyzer, new ReferenceFeatureExtractor(analyzer)),
            settings,
            new NumericGrader(settings, calculators),
            new JudgeGrader(model ?? new NoTutorModel()),
            BankSideFiles.LoadMisconceptions(RepoPaths.QuestionBank));
    }

    public static BankEntry Entry(string id) => Bank.Find(id) ?? throw new InvalidOperationException($"no bank entry {id}");

    public static Task<GradeResult> GradeAsync(string id, string answer, Language language, GradingOptions? options = null) =>
        CreateGrader(options).GradeAsync(new GradeRequest(Entry(id), Entry(id).Question.For(language), null, answer, language));
}
