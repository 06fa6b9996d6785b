using System.Data.Common;
using TutorBot.Core.Bank;
using TutorBot.Core.Interview;
using TutorBot.Core.Persistence;
using TutorBot.Core.Review;

namespace TutorBot.Storage.Repositories;

public sealed class SqlInterviewRepository(IStoreDatabase database) : IInterviewRepository
{
    public Task<string?> FindActiveConversationAsync(long userId, CancellationToken cancellationToken = default) =>
        database.ReadAsync(connection =>
        {
            using var command = connection.Command(
                """
                SELECT conversation FROM interviews
                WHERE user_id = @user AND status = 'active'
                ORDER BY started_at DESC LIMIT 1;
                """,
                null,
                ("@user", userId));
            return command.ExecuteScalar() as string;
        }, cancellationToken);

    public Task<InterviewSession?> FindActiveAsync(long userId, string conversation, CancellationToken cancellationToken = default) =>
        database.ReadAsync(connection =>
        {
            InterviewSession? session;
            using (var command = connection.Command(
                """
                SELECT id, mode, topic, difficulty, status, current_index, started_at, ended_at, seconds_per_question FROM interviews
                WHERE user_id = @user AND conversation = @conversation AND status = 'active'
                ORDER BY started_at DESC LIMIT 1;
                """,
                null,
                ("@user", userId),
                ("@conversation", conversation)))
            using (var reader = command.ExecuteReader())
            {
                if (!reader.Read())
                {
                    return null;
                }

                session = new InterviewSession(Guid.Parse(reader.GetString(0)), userId, conversation, Enum.Parse<InterviewMode>(reader.GetString(1), true), reader.Time(6))
                {
                    Topic = reader.NullableString(2),
                    Difficulty = reader.IsDBNull(3) ? null : reader.GetInt32(3),
                    Status = Enum.Parse<InterviewStatus>(reader.GetString(4), true),
                    CurrentIndex = reader.GetInt32(5),
                    EndedAt = reader.NullableTime(7),
                    TimePerQuestion = reader.IsDBNull(8) ? null : TimeSpan.FromSeconds(reader.GetInt64(8)),
                };
            }

            LoadQuestions(connection, session);
            LoadAnswers(connection, session);
            return session;
        }, cancellationToken);

    public Task RecordAnswerAsync(Guid sessionId, int position, InterviewAnswer answer, CancellationToken cancellationToken = default) =>
        database.WriteAsync(
            (connection, transaction) => connection.Execute(
                """
                INSERT INTO answers (id, interview_id, position, turn, text, answered_at, elapsed_ms, late)
                VALUES (@id, @interview, @position, @turn, @text, @at, @elapsed, @late)
                ON CONFLICT (id) DO NOTHING;
                """,
                transaction,
                ("@id", answer.Id.ToString()),
                ("@interview", sessionId.ToString()),
                ("@position", position),
                ("@turn", answer.Turn),
                ("@text", answer.Text),
                ("@at", answer.AnsweredAt.Millis()),
                ("@elapsed", (long?)answer.Elapsed?.TotalMilliseconds),
                ("@late", answer.Late)),
            cancellationToken);

    public Task SaveAsync(InterviewSession session, IReadOnlyList<ReviewCard> changedCards, CancellationToken cancellationToken = default) =>
        database.WriteAsync((connection, transaction) =>
        {
            connection.Execute(
                """
                INSERT INTO interviews (id, user_id, conversation, mode, topic, difficulty, status, current_index, started_at, ended_at, seconds_per_question)
                VALUES (@id, @user, @conversation, @mode, @topic, @difficulty, @status, @current, @started, @ended, @seconds)
                ON CONFLICT (id) DO UPDATE SET status = excluded.status, current_index = excluded.current_index, ended_at = excluded.ended_at;
                """,
                transaction,
                ("@id", session.Id.ToString()),
                ("@user", session.UserId),
                ("@conversation", session.Conversation),
                ("@mode", session.Mode.ToString().ToLowerInvariant()),
                ("@topic", session.Topic),
                ("@difficulty", session.Difficulty),
                ("@status", session.Status.ToString().ToLowerInvariant()),
                ("@current", session.CurrentIndex),
                ("@started", session.StartedAt.Millis()),
                ("@ended", session.EndedAt?.Millis()),
                ("@seconds", (long?)session.TimePerQuestion?.TotalSeconds));
            foreach (var question in session.Questions)
            {
                SaveQuestion(connection, transaction, session.Id, question);
                foreach (var answer in question.Answers)
                {
                    SaveAnswer(connection, transaction, session.Id, question.Position, answer);
                }
            }

            foreach (var card in changedCards)
            {
                SqlReviewRepository.Upsert(connection, transaction, card);
            }
        }, cancellationToken);

    private static void SaveQuestion(DbConnection connection, DbTransaction transaction, Guid sessionId, InterviewQuestion question) =>
        connection.Execute(
            """
            INSERT INTO interview_questions (interview_id, position, entry_id, topic, status, max_score, hinted, followups,
                awaiting_followup, first_score, raw_score, covered, missed, finished_at, prompted_at)
            VALUES (@interview, @position, @entry, @topic, @status, @max, @hinted, @followups, @awaiting, @first, @raw, @covered, @missed, @finished, @prompted)
            ON CONFLICT (interview_id, position) DO UPDATE SET
                entry_id = excluded.entry_id, topic = excluded.topic, status = excluded.status, max_score = excluded.max_score, hinted = excluded.hinted, followups = excluded.followups,
                awaiting_followup = excluded.awaiting_followup, first_score = excluded.first_score, raw_score = excluded.raw_score,
                covered = excluded.covered, missed = excluded.missed, finished_at = excluded.finished_at, prompted_at = excluded.prompted_at;
            """,
            transaction,
            ("@interview", sessionId.ToString()),
            ("@position", question.Position),
            ("@entry", question.EntryId),
            ("@topic", question.Topic),
            ("@status", question.Status.ToString().ToLowerInvariant()),
            ("@max", question.MaxScore),
            ("@hinted", DbCommandExtensions.Json(question.HintedKeyPoints)),
            ("@followups", DbCommandExtensions.Json(question.Followups)),
            ("@awaiting", question.AwaitingFollowup),
            ("@first", question.FirstScore),
            ("@raw", question.RawScore),
            ("@covered", DbCommandExtensions.Json(question.Covered)),
            ("@missed", DbCommandExtensions.Json(question.Missed)),
            ("@finished", question.FinishedAt?.Millis()),
            ("@prompted", question.PromptedAt?.Millis()));

    private static void SaveAnswer(DbConnection connection, DbTransaction transaction, Guid sessionId, int position, InterviewAnswer answer) =>
        connection.Execute(
            """
            INSERT INTO answers (id, interview_id, position, turn, text, answered_at, graded, score, covered, missed, feedback, elapsed_ms, late)
            VALUES (@id, @interview, @position, @turn, @text, @at, @graded, @score, @covered, @missed, @feedback, @elapsed, @late)
            ON CONFLICT (id) DO UPDATE SET graded = excluded.graded, score = excluded.score, covered = excluded.covered,
                missed = excluded.missed, feedback = excluded.feedback;
            """,
            transaction,
            ("@id", answer.Id.ToString()),
            ("@interview", sessionId.ToString()),
            ("@position", position),
            ("@turn", answer.Turn),
            ("@text", answer.Text),
            ("@at", answer.AnsweredAt.Millis()),
            ("@graded", answer.Grade is not null),
            ("@score", answer.Grade?.Score),
            ("@covered", answer.Grade is null ? null : DbCommandExtensions.Json(answer.Grade.Covered)),
            ("@missed", answer.Grade is null ? null : DbCommandExtensions.Json(answer.Grade.Missed)),
            ("@feedback", answer.Grade?.Feedback),
            ("@elapsed", (long?)answer.Elapsed?.TotalMilliseconds),
            ("@late", answer.Late));

    private static void LoadQuestions(DbConnection connection, InterviewSession session)
    {
        using var command = connection.Command(
            """
            SELECT position, entry_id, topic, status, max_score, hinted, followups, awaiting_followup, first_score, raw_score,
                covered, missed, finished_at, prompted_at
            FROM interview_questions WHERE interview_id = @interview ORDER BY position;
            """,
            null,
            ("@interview", session.Id.ToString()));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var question = new InterviewQuestion(reader.GetInt32(0), reader.GetString(1), reader.GetString(2))
            {
                Status = Enum.Parse<QuestionStatus>(reader.GetString(3), true),
                MaxScore = reader.GetDouble(4),
                AwaitingFollowup = reader.GetBoolean(7),
                FirstScore = reader.NullableDouble(8),
                RawScore = reader.NullableDouble(9),
                FinishedAt = reader.NullableTime(12),
                PromptedAt = reader.NullableTime(13),
            };
            question.HintedKeyPoints.AddRange(reader.FromJson<List<string>>(5));
            question.Followups.AddRange(reader.FromJson<List<AskedFollowup>>(6));
            question.Covered.AddRange(reader.FromJson<List<string>>(10));
            question.Missed.AddRange(reader.FromJson<List<string>>(11));
            session.Questions.Add(question);
        }
    }

    private static void LoadAnswers(DbConnection connection, InterviewSession session)
    {
        using var command = connection.Command(
            """
            SELECT position, id, turn, text, answered_at, graded, score, covered, missed, feedback, elapsed_ms, late
            FROM answers WHERE interview_id = @interview ORDER BY position, turn;
            """,
            null,
            ("@interview", session.Id.ToString()));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var answer = new InterviewAnswer(Guid.Parse(reader.GetString(1)), reader.GetInt32(2), reader.GetString(3), reader.Time(4))
            {
                Elapsed = reader.IsDBNull(10) ? null : TimeSpan.FromMilliseconds(reader.GetInt64(10)),
                Late = reader.GetBoolean(11),
            };
            if (reader.GetBoolean(5))
            {
                answer.Grade = new AnswerGrade(
                    reader.GetDouble(6),
                    reader.FromJson<List<string>>(7),
                    reader.FromJson<List<string>>(8),
                    reader.NullableString(9) ?? "");
            }

            session.Questions.First(q => q.Position == reader.GetInt32(0)).Answers.Add(answer);
        }
    }
}
