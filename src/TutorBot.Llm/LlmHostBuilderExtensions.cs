using Microsoft.Extensions.Hosting;

namespace TutorBot.Llm;

public static class LlmHostBuilderExtensions
{
    public static IHostApplicationBuilder AddLlm(this IHostApplicationBuilder builder)
    {
        return builder;
    }
}
