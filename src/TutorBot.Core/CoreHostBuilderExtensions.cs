using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using TutorBot.Core.Bank;
using TutorBot.Core.Conversation;
using TutorBot.Core.Grading;
using TutorBot.Core.Model;

namespace TutorBot.Core;

public static class CoreHostBuilderExtensions
{
    /// <summary>
    /// The clock, the no-model default, tutoring and grading. The bank itself comes from an adapter registered before
    /// (the bank files); without one, resolving the bank fails. The synonym table defaults to an empty one.
    /// </summary>
    public static IHostApplicationBuilder AddTutorCore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BankOptions>().Bind(builder.Configuration.GetSection(BankOptions.SectionName));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton(SynonymTable.Empty);
        builder.Services.TryAddSingleton<ITutorModel>(new NoTutorModel());
        builder.AddTutoring();
        builder.AddGrading();
        return builder;
    }
}
