using TutorBot.Core.Progress;

namespace TutorBot.Core.Persistence;

public interface IProgressRepository
{
    Task<ProgressData> GetAsync(long userId, CancellationToken cancellationToken = default);
}
