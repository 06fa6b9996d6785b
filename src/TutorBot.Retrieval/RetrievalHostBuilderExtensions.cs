using Microsoft.Extensions.Hosting;

namespace TutorBot.Retrieval;

public static class RetrievalHostBuilderExtensions
{
    public static IHostApplicationBuilder AddRetrieval(this IHostApplicationBuilder builder)
    {
        return builder;
    }
}
