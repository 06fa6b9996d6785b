using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TutorBot.Core.Persistence;
using TutorBot.Core.Progress;
using TutorBot.Storage.Charts;
using TutorBot.Storage.Repositories;
using TutorBot.Storage.Retention;

namespace TutorBot.Storage;

public static class StorageHostBuilderExtensions
{
    /// <summary>The SQLite database (Storage:Path), its repositories and the progress chart; migrations run at start-up.</summary>
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>()
            .Bind(builder.Configuration.GetSection(StorageOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<SqliteDatabase>();
        builder.Services.AddHostedService<StorageMigrationService>();
        builder.Services.AddSingleton<InterviewRetention>();
        builder.Services.AddHostedService<RetentionService>();
        builder.Services.AddSingleton<IUserRepository, SqliteUserRepository>();
        builder.Services.AddSingleton<IInterviewRepository, SqliteInterviewRepository>();
        builder.Services.AddSingleton<IReviewRepository, SqliteReviewRepository>();
        builder.Services.AddSingleton<IProgressRepository, SqliteProgressRepository>();
        builder.Services.AddSingleton<ILevelRepository, SqliteLevelRepository>();
        builder.Services.AddSingleton<IConversationContextStore, SqliteConversationContextStore>();
        builder.Services.AddSingleton<IUserDataRepository, SqliteUserDataRepository>();
        builder.Services.AddSingleton<IInterviewOwners, SqliteInterviewOwners>();
        builder.Services.AddSingleton<IProgressChart, ScottPlotProgressChart>();
        return builder;
    }
}
