using TutorBot.Core.Model;

namespace TutorBot.Core.Tests.Interview;

/// <summary>A model that answers every request with a fixed text, or fails when the text is null.</summary>
public sealed class ScriptedModel(string? reply) : ITutorModel
{
    public List<ModelRequest> Requests { get; } = [];

    public bool IsAvailable => true;

    public string? UnavailableReason => null;

    public Task<string> CompleteAsync(ModelRequest request, CancellationToken cancellationToken = default)
    {
        Requests.Add(request);
        return reply is null ? throw new InvalidOperationException("generation failed") : Task.FromResult(reply);
    }
}
