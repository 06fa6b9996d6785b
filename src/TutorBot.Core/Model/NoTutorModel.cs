namespace TutorBot.Core.Model;

public sealed class NoTutorModel(string reason = "no model is configured (Llm:ModelPath)") : ITutorModel
{
    public bool IsAvailable => false;

    public string? UnavailableReason { get; } = reason;

    public Task<string> CompleteAsync(ModelRequest request, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException($"No language model is available: {UnavailableReason}.");
}
