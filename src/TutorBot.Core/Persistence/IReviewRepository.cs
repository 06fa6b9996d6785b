using TutorBot.Core.Review;

namespace TutorBot.Core.Persistence;

/// <summary>Reads review schedules; they are written together with the interview turn that changed them.</summary>
public interface IReviewRepository
{
    Task<IReadOnlyList<ReviewCard>> GetCardsAsync(long userId, CancellationToken cancellationToken = default);
}
