namespace TutorBot.Llm.Hosting;

/// <summary>Either a loaded model or the reason there is none (not configured, or why loading failed).</summary>
public sealed record ModelState(LoadedModel? Model, string? UnavailableReason)
{
    public bool IsLoaded => Model is not null;

    public static ModelState NotConfigured { get; } = new(null, "no model is configured (Llm:ModelPath)");
}
