using Microsoft.Extensions.Hosting;

namespace TutorBot.Calculators;

public static class CalculatorsHostBuilderExtensions
{
    public static IHostApplicationBuilder AddCalculators(this IHostApplicationBuilder builder)
    {
        return builder;
    }
}
