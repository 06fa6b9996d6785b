using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using TutorBot.Host.Cli;
using TutorBot.Host.Hosting;
using TutorBot.Testing;

namespace TutorBot.Discord.Tests.Fakes;

/// <summary>The bot's real composition (shipped bank and prompts, the tutor on a SQLite file) for tests that run it against the fakes.</summary>
public static class RealComposition
{
    public static HostApplicationBuilder Builder(string databaseFile)
    {
        var builder = TutorHost.CreateBuilder(TutorCli.Create().Parse(["discord", "--db", databaseFile]));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bank:Path"] = RepoPaths.QuestionBank,
            ["Bank:PromptsPath"] = RepoPaths.Prompts,
        });
        return builder;
    }
}
