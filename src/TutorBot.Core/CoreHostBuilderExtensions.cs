using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TutorBot.Core.Bank;
using TutorBot.Core.Conversation;
using TutorBot.Core.Grading;
using TutorBot.Core.Model;

namespace TutorBot.Core;

public static class CoreHostBuilderExtensions
{
    /// <summary>The bank (loaded strictly: an invalid bank stops start-up with every error), the clock, and the no-model default.</summary>
    public static IHostApplicationBuilder AddTutorCore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BankOptions>().Bind(builder.Configuration.GetSection(BankOptions.SectionName));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton(sp => BankLoader.LoadOrThrow(sp.GetRequiredService<IOptions<BankOptions>>().Value.Path));
        builder.Services.TryAddSingleton(sp => SynonymTable.Load(sp.GetRequiredService<IOptions<BankOptions>>().Value.Path));
        builder.Services.TryAddSingleton<ITutorModel>(new NoTutorModel());
        builder.AddTutoring();
        builder.AddGrading();
        return builder;
    }
}
