using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TutorBot.Core.Ask;
using TutorBot.Core.Bank;
using TutorBot.Core.Calculations;
using TutorBot.Core.Model;
using TutorBot.Core.Search;
using TutorBot.Retrieval.Indexing;

namespace TutorBot.Retrieval;

public static class RetrievalHostBuilderExtensions
{
    /// <summary>The bank's search index (built from the loaded bank and the synonym table, or opened from the on-disk cache, when the host starts or on first use) and the ask service over it.</summary>
    public static IHostApplicationBuilder AddRetrieval(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RetrievalOptions>()
            .Bind(builder.Configuration.GetSection(RetrievalOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<RetrievalOptions>>().Value;
            var cache = options.ResolvedIndexCachePath() is { } path
                ? new BankIndexCache(path, sp.GetRequiredService<ILogger<BankIndexCache>>())
                : null;
            return new LuceneQuestionSearch(sp.GetRequiredService<QuestionBank>(), sp.GetRequiredService<SynonymTable>(), options, cache);
        });
        builder.Services.AddSingleton<IQuestionSearch>(sp => sp.GetRequiredService<LuceneQuestionSearch>());
        builder.Services.AddHostedService<SearchIndexWarmup>();

        // The calculators are optional here: without them every question is answered from the bank.
        builder.Services.AddSingleton<IAskService>(sp => new AskService(
            sp.GetRequiredService<QuestionBank>(),
            sp.GetRequiredService<IQuestionSearch>(),
            sp.GetRequiredService<ITutorModel>(),
            sp.GetService<ICalculatorService>(),
            sp.GetService<ICalculationPlanner>()));
        return builder;
    }
}
