using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using TutorBot.Calculators;
using TutorBot.Core.Calculations;
using TutorBot.Core.Model;
using TutorBot.Llm.Chat;
using TutorBot.Llm.Grammars;
using TutorBot.Llm.Hosting;
using TutorBot.Llm.Memory;
using TutorBot.Llm.Model;
using TutorBot.Llm.OpenAi;
using TutorBot.Llm.Prompts;
using TutorBot.Llm.Tools;

namespace TutorBot.Llm;

public static class LlmHostBuilderExtensions
{
    /// <summary>
    /// The local model (loaded by a hosted service), its IChatClient, a Semantic Kernel Kernel that uses it and holds
    /// the calculator plugins, the planner that lets the model pick a plugin for a question the router cannot read, and
    /// ITutorModel on top; with no model configured ITutorModel reports "no model" just as NoTutorModel does.
    /// With Llm:Provider openai the IChatClient and ITutorModel talk to an OpenAI-compatible server instead.
    /// </summary>
    public static IHostApplicationBuilder AddLlm(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<LlmOptions>()
            .Bind(builder.Configuration.GetSection(LlmOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton<MemoryPlanner>();
        builder.Services.TryAddSingleton<ModelLoader>();
        builder.Services.TryAddSingleton<ModelHost>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ModelHost>());
        builder.Services.TryAddSingleton<GrammarCatalog>();
        builder.Services.TryAddSingleton<PromptLibrary>();
        builder.Services.AddKernel();
        builder.Services.AddTransient(sp => new KernelPluginCollection(
            sp.GetServices<ICalculator>().Select(calculator => KernelPluginFactory.CreateFromObject(calculator, calculator.Name.Replace('-', '_')))));
        // A misspelt provider is reported by options validation; here it only decides which adapter is wired.
        if (LlmProvider.IsOpenAi(builder.Configuration.GetSection(LlmOptions.SectionName)[nameof(LlmOptions.Provider)]))
        {
            AddOpenAi(builder.Services);
        }
        else
        {
            builder.Services.TryAddSingleton<IChatClient, LlamaChatClient>();
            builder.Services.Replace(ServiceDescriptor.Singleton<ITutorModel, LlamaTutorModel>());
        }

        builder.Services.TryAddSingleton<ICalculationPlanner, KernelCalculationPlanner>();
        return builder;
    }

    private static void AddOpenAi(IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SchemaCatalog>();
        services.TryAddSingleton<IChatClient>(sp => OpenAiChatClientFactory.Create(
            sp.GetRequiredService<IOptions<LlmOptions>>().Value, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>()));
        services.Replace(ServiceDescriptor.Singleton<ITutorModel, OpenAiTutorModel>());
    }
}
