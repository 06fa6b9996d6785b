namespace TutorBot.Core.Model;

/// <summary>The optional local language model; every caller must work plainly when IsAvailable is false.</summary>
public interface ITutorModel
{
    bool IsAvailable { get; }

    /// <summary>Why there is no model (not configured, or the load failure), for one message to the user.</summary>
    string? UnavailableReason { get; }

    Task<string> CompleteAsync(ModelRequest request, CancellationToken cancellationToken = default);
}
