namespace TutorBot.Host.Hosting;

/// <summary>A database made for one run of a verb and removed afterwards; its Storage:* settings point a host (or a child process) at it.</summary>
public interface IThrowawayStore : IDisposable
{
    IReadOnlyDictionary<string, string> Settings { get; }
}
