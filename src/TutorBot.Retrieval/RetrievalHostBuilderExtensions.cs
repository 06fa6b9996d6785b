using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TutorBot.Core.Bank;
using TutorBot.Core.Search;

namespace TutorBot.Retrieval;

public static class RetrievalHostBuilderExtensions
{
    /// <summary>The bank's search index, built on first use from the loaded bank and the synonym table.</summary>
    public static IHostApplicationBuilder AddRetrieval(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RetrievalOptions>()
            .Bind(builder.Configuration.GetSection(RetrievalOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => new LuceneQuestionSearch(
            sp.GetRequiredService<QuestionBank>(),
            sp.GetRequiredService<SynonymTable>(),
            sp.GetRequiredService<IOptions<RetrievalOptions>>().Value));
        builder.Services.AddSingleton<IQuestionSearch>(sp => sp.GetRequiredService<LuceneQuestionSearch>());
        return builder;
    }
}
