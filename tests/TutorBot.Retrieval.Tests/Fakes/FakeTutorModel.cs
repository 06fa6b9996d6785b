using TutorBot.Core.Model;

namespace TutorBot.Retrieval.Tests.Fakes;

/// <summary>A model that answers with a fixed text (or throws), recording what it was asked.</summary>
public sealed class FakeTutorModel(Func<ModelRequest, string> respond) : ITutorModel
{
    public List<ModelRequest> Requests { get; } = [];

    public bool IsAvailable => true;

    public string? UnavailableReason => null;

    public Task<string> CompleteAsync(ModelRequest request, CancellationToken cancellationToken = default)
    {
        Requests.Add(request);
        return Task.FromResult(respond(request));
    }
}
