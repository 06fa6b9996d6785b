using TutorBot.Core.Level;

namespace TutorBot.Core.Persistence;

/// <summary>Per-user, per-topic level estimates.</summary>
public interface ILevelRepository
{
    Task<IReadOnlyList<LevelEstimate>> GetLevelsAsync(long userId, CancellationToken cancellationToken = default);

    Task SaveLevelAsync(long userId, LevelEstimate estimate, CancellationToken cancellationToken = default);
}
