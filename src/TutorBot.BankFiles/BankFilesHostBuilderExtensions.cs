using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TutorBot.Core.Bank;

namespace TutorBot.BankFiles;

public static class BankFilesHostBuilderExtensions
{
    /// <summary>
    /// The bank read from the directory in <c>Bank:Path</c> (strictly: an invalid bank stops start-up with every error),
    /// with its synonyms and misconceptions files. Call it before <c>AddTutorCore</c>, whose defaults only fill gaps.
    /// </summary>
    public static IHostApplicationBuilder AddBankFiles(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BankOptions>().Bind(builder.Configuration.GetSection(BankOptions.SectionName));
        builder.Services.TryAddSingleton(sp => BankLoader.LoadOrThrow(BankPath(sp)));
        builder.Services.TryAddSingleton(sp => BankSideFiles.LoadSynonyms(BankPath(sp)));
        builder.Services.TryAddSingleton(sp => BankSideFiles.LoadMisconceptions(BankPath(sp)));
        return builder;
    }

    private static string BankPath(IServiceProvider services) => services.GetRequiredService<IOptions<BankOptions>>().Value.Path;
}
