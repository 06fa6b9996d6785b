using TutorBot.Core.Model;

namespace TutorBot.Llm.Tests.Fakes;

/// <summary>A model port that reports a loaded model; tests that use it talk to a scripted chat client instead.</summary>
public sealed class AvailableTutorModel(bool available = true) : ITutorModel
{
    public bool IsAvailable => available;

    public string? UnavailableReason => available ? null : "no model configured";

    public Task<string> CompleteAsync(ModelRequest request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("prompts go through the scripted chat client");
}
