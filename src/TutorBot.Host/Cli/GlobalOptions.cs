using System.CommandLine;

namespace TutorBot.Host.Cli;

public static class GlobalOptions
{
    public static readonly Option<string?> Database = new("--db")
    {
        Description = "SQLite database file (overrides Storage:Path)",
        Recursive = true,
    };

    public static readonly Option<string?> Model = new("--model")
    {
        Description = "GGUF model file (overrides Llm:ModelPath)",
        Recursive = true,
    };

    public static readonly Option<string?> LlmProvider = CreateLlmProvider();

    public static readonly Option<string?> LlmEndpoint = new("--llm-endpoint")
    {
        Description = "the OpenAI-compatible server's base URL, e.g. http://127.0.0.1:8000/v1 (overrides Llm:Endpoint)",
        Recursive = true,
    };

    private static Option<string?> CreateLlmProvider()
    {
        var option = new Option<string?>("--llm-provider")
        {
            Description = "llamasharp (a GGUF file in this process) or openai (an OpenAI-compatible server; overrides Llm:Provider)",
            Recursive = true,
        };
        option.AcceptOnlyFromAmong([.. TutorBot.Llm.LlmProvider.All]);
        return option;
    }
}
