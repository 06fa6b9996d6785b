namespace TutorBot.Discord.Rest;

/// <summary>What Discord last said about one route: requests left and when the window resets.</summary>
internal sealed class RouteBucket
{
    /// <summary>One request at a time per route, so that "remaining" stays true between requests.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public int? Remaining { get; set; }

    public DateTimeOffset ResetAt { get; set; }

    public TimeSpan WaitFrom(DateTimeOffset now) => Remaining == 0 && ResetAt > now ? ResetAt - now : TimeSpan.Zero;
}
