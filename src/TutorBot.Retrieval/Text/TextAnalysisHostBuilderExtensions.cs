using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TutorBot.Core.Grading;
using TutorBot.Retrieval.Embeddings;

namespace TutorBot.Retrieval.Text;

public static class TextAnalysisHostBuilderExtensions
{
    /// <summary>
    /// The Lucene analyzer (zh segmentation, en stemming) in place of Core's simple one, and the English MiniLM
    /// sentence embedder; both shared by grading and retrieval.
    /// </summary>
    public static IHostApplicationBuilder AddTextAnalysis(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ITextAnalyzer, LuceneTextAnalyzer>();
        builder.Services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>, MiniLmEmbeddingGenerator>();
        return builder;
    }
}
