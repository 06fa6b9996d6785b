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
}
