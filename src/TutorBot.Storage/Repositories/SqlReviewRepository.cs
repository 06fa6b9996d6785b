using System.Data.Common;
using TutorBot.Core.Persistence;
using TutorBot.Core.Review;

namespace TutorBot.Storage.Repositories;

public sealed class SqlReviewRepository(IStoreDatabase database) : IReviewRepository
{
    public Task<IReadOnlyList<ReviewCard>> GetCardsAsync(long userId, CancellationToken cancellationToken = default) =>
        database.ReadAsync<IReadOnlyList<ReviewCard>>(connection =>
        {
            using var command = connection.Command(
                """
                SELECT user_id, entry_id, repetitions, ease, interval_days, due_at, last_score, last_reviewed_at, lapses
                FROM review_cards WHERE user_id = @user ORDER BY entry_id;
                """,
                null,
                ("@user", userId));
            using var reader = command.ExecuteReader();
            var cards = new List<ReviewCard>();
            while (reader.Read())
            {
                cards.Add(new ReviewCard(
                    reader.GetInt64(0),
                    reader.GetString(1),
                    reader.GetInt32(2),
                    reader.GetDouble(3),
                    reader.GetDouble(4),
                    reader.Time(5),
                    reader.GetDouble(6),
                    reader.Time(7),
                    reader.GetInt32(8)));
            }

            return cards;
        }, cancellationToken);

    /// <summary>Writes a card inside a caller's transaction (the interview turn that graded the entry).</summary>
    internal static void Upsert(DbConnection connection, DbTransaction transaction, ReviewCard card) =>
        connection.Execute(
            """
            INSERT INTO review_cards (user_id, entry_id, repetitions, ease, interval_days, due_at, last_score, last_reviewed_at, lapses)
            VALUES (@user, @entry, @repetitions, @ease, @interval, @due, @score, @reviewed, @lapses)
            ON CONFLICT (user_id, entry_id) DO UPDATE SET
                repetitions = excluded.repetitions, ease = excluded.ease, interval_days = excluded.interval_days,
                due_at = excluded.due_at, last_score = excluded.last_score, last_reviewed_at = excluded.last_reviewed_at,
                lapses = excluded.lapses;
            """,
            transaction,
            ("@user", card.UserId),
            ("@entry", card.EntryId),
            ("@repetitions", card.Repetitions),
            ("@ease", card.Ease),
            ("@interval", card.IntervalDays),
            ("@due", card.DueAt.Millis()),
            ("@score", card.LastScore),
            ("@reviewed", card.LastReviewedAt.Millis()),
            ("@lapses", card.Lapses));
}
