using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TutorBot.Core.Persistence;
using TutorBot.Core.Progress;
using TutorBot.Storage.Charts;
using TutorBot.Storage.Postgres;
using TutorBot.Storage.Repositories;
using TutorBot.Storage.Retention;

namespace TutorBot.Storage;

public static class StorageHostBuilderExtensions
{
    /// <summary>The database (Storage:Provider: an SQLite file at Storage:Path, or PostgreSQL at Storage:ConnectionString), its repositories and the progress chart; migrations run at start-up.</summary>
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>()
            .Bind(builder.Configuration.GetSection(StorageOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<SqliteDatabase>();
        builder.Services.AddSingleton<PostgresDatabase>();
        builder.Services.AddSingleton<IStoreDatabase>(services => services.GetRequiredService<IOptions<StorageOptions>>().Value.UsesPostgres
            ? services.GetRequiredService<PostgresDatabase>()
            : services.GetRequiredService<SqliteDatabase>());
        builder.Services.AddHostedService<StorageMigrationService>();
        builder.Services.AddSingleton<InterviewRetention>();
        builder.Services.AddHostedService<RetentionService>();
        builder.Services.AddSingleton<IUserRepository, SqlUserRepository>();
        builder.Services.AddSingleton<IInterviewRepository, SqlInterviewRepository>();
        builder.Services.AddSingleton<IReviewRepository, SqlReviewRepository>();
        builder.Services.AddSingleton<IProgressRepository, SqlProgressRepository>();
        builder.Services.AddSingleton<ILevelRepository, SqlLevelRepository>();
        builder.Services.AddSingleton<IConversationContextStore, SqlConversationContextStore>();
        builder.Services.AddSingleton<IUserDataRepository, SqlUserDataRepository>();
        builder.Services.AddSingleton<IInterviewOwners, SqlInterviewOwners>();
        builder.Services.AddSingleton<IRequestCooldowns, SqlRequestCooldowns>();
        builder.Services.AddSingleton<IProgressChart, ScottPlotProgressChart>();
        return builder;
    }
}
