using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using TutorBot.Core;
using TutorBot.Core.Ask;
using TutorBot.Core.Bank;
using TutorBot.Core.Conversation;
using TutorBot.Core.Grading;
using TutorBot.Storage.Tests.Providers;
using TutorBot.Testing;
using TutorBot.Testing.Fakes;

namespace TutorBot.Storage.Tests;

/// <summary>The tutor as the host wires it (AddTutorCore + AddStorage) over a fresh database (an SQLite file unless another is given), with the test bank and a keyword grader.</summary>
public sealed class StorageTutor : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly IHost _host;

    public StorageTutor(int busyTimeoutSeconds = 30, Func<string, TestDatabase>? database = null)
    {
        Database = database?.Invoke(_directory.Path) ?? new SqliteTestDatabase(_directory.Path);
        DatabasePath = Database.Settings["Storage:Path"]!;
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(Database.Settings)
        {
            ["Bank:Path"] = _directory.Path,
            ["Storage:BusyTimeoutSeconds"] = busyTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        builder.Services.AddSingleton(TestBank.Create());
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.AddTutorCore();
        builder.AddStorage();
        builder.Services.AddSingleton<IAnswerGrader>(Grader);
        builder.Services.AddSingleton<IAskService>(new EchoAskService());
        _host = builder.Build();
        Service = _host.Services.GetRequiredService<TutorService>();
    }

    public TestDatabase Database { get; }

    public string DatabasePath { get; }

    public DatabaseScan Scan => new(Get<IStoreDatabase>());

    public Task AssertIntactAsync() => Database.AssertIntactAsync(Get<IStoreDatabase>());

    public string ChartsFolder => _directory.File("charts");

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));

    public KeywordGrader Grader { get; } = new();

    public TutorService Service { get; }

    public T Get<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();

    public Task StartAsync() => _host.StartAsync();

    public Task<IReadOnlyList<TutorReply>> SayAsync(string user, string text) =>
        Service.HandleAsync(new TutorInput(new ConversationKey("console", user), new UserRef("console", user, user), Get<ChatLineParser>().Parse(text)));

    public void Dispose()
    {
        _host.Dispose();
        Database.Dispose();
        _directory.Dispose();
    }
}
