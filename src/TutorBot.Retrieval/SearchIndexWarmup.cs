using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TutorBot.Core.Search;

namespace TutorBot.Retrieval;

/// <summary>Builds the bank's index when the host starts, so that the first question does not wait for it.</summary>
public sealed class SearchIndexWarmup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<IQuestionSearch>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
