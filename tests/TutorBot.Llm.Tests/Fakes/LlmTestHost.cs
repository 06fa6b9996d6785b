using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using TutorBot.Core;
using TutorBot.Calculators;

namespace TutorBot.Llm.Tests.Fakes;

/// <summary>A host wired the way the application wires the model (AddTutorCore, then AddLlm), with the real calculators.</summary>
public static class LlmTestHost
{
    public static IHost Build(IDictionary<string, string?> configuration)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Llm:ContextSize"] = "512",
            ["Llm:Sequences"] = "4",
            ["Llm:Threads"] = "1",
            ["Llm:MaxTokens"] = "64",
        });
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.AddTutorCore();
        builder.AddCalculators();
        builder.AddLlm();
        return builder.Build();
    }

    public static IHost ForModel(string modelPath, params (string Key, string Value)[] settings)
    {
        var configuration = new Dictionary<string, string?> { ["Llm:ModelPath"] = modelPath };
        foreach (var (key, value) in settings)
        {
            configuration[key] = value;
        }

        return Build(configuration);
    }
}
