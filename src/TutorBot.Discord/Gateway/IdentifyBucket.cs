namespace TutorBot.Discord.Gateway;

/// <summary>One max_concurrency bucket: one Identify at a time, and when the last one went out.</summary>
internal sealed class IdentifyBucket
{
    public SemaphoreSlim Turn { get; } = new(1, 1);

    public DateTimeOffset? LastIdentify { get; set; }
}
