using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TutorBot.Calculators.Plugins;
using TutorBot.Calculators.Routing;
using TutorBot.Core.Calculations;

namespace TutorBot.Calculators;

public static class CalculatorsHostBuilderExtensions
{
    public static IHostApplicationBuilder AddCalculators(this IHostApplicationBuilder builder)
    {
        builder.Services.AddCalculatorServices();
        return builder;
    }

    /// <summary>The plugins (also importable into a Kernel with KernelPluginFactory.CreateFromType), the router and the service.</summary>
    public static IServiceCollection AddCalculatorServices(this IServiceCollection services)
    {
        services.AddSingleton<ICalculator, KvCachePlugin>();
        services.AddSingleton<ICalculator, InferenceMemoryPlugin>();
        services.AddSingleton<ICalculator, TrainingMemoryPlugin>();
        services.AddSingleton<ICalculator, TrainingTimePlugin>();
        services.AddSingleton<ICalculator, LoraParamsPlugin>();
        services.AddSingleton<ICalculator, ParamCountPlugin>();
        services.AddSingleton<ICalculator, QuantizedSizePlugin>();
        services.AddSingleton<ICalculator, DecodeRooflinePlugin>();
        services.AddSingleton<ICalculator, MfuPlugin>();
        services.AddSingleton<ICalculator, AllReducePlugin>();
        services.AddSingleton<ICalculator, PipelineBubblePlugin>();
        services.AddSingleton<ICalculator, ChinchillaPlugin>();
        services.AddSingleton<ICalculator, MoeMemoryPlugin>();
        services.AddSingleton<ICalculator, SpeculativeDecodingPlugin>();
        services.AddSingleton<QuestionRouter>();
        services.AddSingleton<ICalculatorService, CalculatorService>();
        return services;
    }

    /// <summary>The service without a container, for tests and tools.</summary>
    public static ICalculatorService CreateCalculatorService() =>
        new ServiceCollection().AddCalculatorServices().BuildServiceProvider().GetRequiredService<ICalculatorService>();
}
