using TutorBot.Core.Model;

namespace TutorBot.Core.Tests.Grading;

/// <summary>A model that replies with a fixed text (or throws), and records what it was asked.</summary>
public sealed class ScriptedTutorModel(string reply, Exception? failure = null) : ITutorModel
{
    public bool IsAvailable => true;

    public string? UnavailableReason => null;

    public List<ModelRequest> Requests { get; } = [];

    public Task<string> CompleteAsync(ModelRequest request, CancellationToken cancellationToken = default)
    {
        Requests.Add(request);
        return failure is null ? Task.FromResult(reply) : Task.FromException<string>(failure);
    }
}
