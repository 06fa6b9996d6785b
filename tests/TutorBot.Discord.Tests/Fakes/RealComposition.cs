using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using TutorBot.Host.Cli;
using TutorBot.Host.Hosting;
using TutorBot.Testing;

namespace TutorBot.Discord.Tests.Fakes;

/// <summary>The host's own composition (bank, storage in the given SQLite file, TutorService), for BotHarness.</summary>
public static class RealComposition
{
    public static Func<HostApplicationBuilder> On(string databasePath) => () =>
    {
        var builder = TutorHost.CreateBuilder(TutorCli.Create().Parse(["discord", "--db", databasePath]));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bank:Path"] = RepoPaths.QuestionBank,
            ["Bank:PromptsPath"] = RepoPaths.Prompts,
        });
        return builder;
    };
}
