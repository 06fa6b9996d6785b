using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using TutorBot.Core.Grading.Judge;
using TutorBot.Core.Grading.Numeric;
using TutorBot.Core.Grading.Reference;
using TutorBot.Core.Grading.Rubric;

namespace TutorBot.Core.Grading;

public static class GradingHostBuilderExtensions
{
    /// <summary>The grader, its options, and the dependency-free text analyzer (an adapter may register a better one first).</summary>
    public static IHostApplicationBuilder AddGrading(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<GradingOptions>()
            .Bind(builder.Configuration.GetSection(GradingOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton<ITextAnalyzer, SimpleTextAnalyzer>();
        builder.Services.TryAddSingleton<ReferenceFeatureExtractor>();
        builder.Services.TryAddSingleton<ReferenceGrader>();
        builder.Services.TryAddSingleton<NumericGrader>();
        builder.Services.TryAddSingleton<JudgeGrader>();
        builder.Services.TryAddSingleton(MisconceptionTable.Empty);
        builder.Services.TryAddSingleton<IAnswerGrader, AnswerGrader>();
        return builder;
    }
}
