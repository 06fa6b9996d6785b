using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TutorBot.Calculators;
using TutorBot.Core;
using TutorBot.Core.Model;
using TutorBot.Testing;
using TutorBot.Testing.Fakes.OpenAi;
using TutorBot.Testing.Logging;

namespace TutorBot.Llm.Tests.Fakes;

/// <summary>The application's wiring with Llm:Provider openai, pointed at a fake server (or at nothing), logs captured.</summary>
public sealed class OpenAiModelHarness : IAsyncDisposable
{
    public const string ApiKey = "sk-test-7f3a9c1e5b2d4680aa11bb22cc33dd44";

    private readonly IHost _host;

    private OpenAiModelHarness(IHost host, CapturedLogs logs)
    {
        _host = host;
        Logs = logs;
    }

    public CapturedLogs Logs { get; }

    public ITutorModel Model => _host.Services.GetRequiredService<ITutorModel>();

    public static OpenAiModelHarness Start(string endpoint, params (string Key, string Value)[] settings)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var configuration = new Dictionary<string, string?>
        {
            ["Bank:PromptsPath"] = RepoPaths.Prompts,
            ["Llm:Provider"] = "openai",
            ["Llm:Endpoint"] = endpoint,
            ["Llm:Model"] = "tutor-test",
            ["Llm:ApiKey"] = ApiKey,
            ["Llm:RetryBaseDelay"] = "00:00:00.020",
            ["Llm:RequestTimeout"] = "00:00:10",
        };
        foreach (var (key, value) in settings)
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        var logs = new CapturedLogs();
        builder.Logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        builder.AddTutorCore();
        builder.AddCalculators();
        builder.AddLlm();
        return new OpenAiModelHarness(builder.Build(), logs);
    }

    public static ModelRequest JudgeRequest() => new("judge", Variables(), "judge", MaxTokens: 64, UserKey: "u1");

    public static ModelRequest FollowupRequest() => new("followup", Variables(), MaxTokens: 40, UserKey: "u1");

    public async ValueTask DisposeAsync()
    {
        if (_host is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }

    private static Dictionary<string, object?> Variables() => new()
    {
        ["language"] = "English",
        ["question"] = "Why does GQA shrink the KV cache?",
        ["reference"] = "Several query heads share one key/value head.",
        ["key_points"] = "- shared-kv, 1: query heads share key/value heads",
        ["deterministic_score"] = "4.0",
        ["answer"] = "It caches fewer heads.",
        ["missed"] = "- query heads share key/value heads",
    };
}
