namespace TutorBot.Storage.Migrations;

/// <summary>
/// Every schema version in order. Never edit a shipped migration: add the next one. Times are Unix milliseconds
/// (UTC); lists are JSON arrays.
/// </summary>
public static class SchemaMigrations
{
    /// <summary>PRAGMA application_id of a TutorBot database ("TUTB"), so that another program's SQLite file is recognised.</summary>
    public const int ApplicationId = 0x54555442;

    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "users, interviews, questions, answers, review cards", """
            CREATE TABLE users (
                id INTEGER PRIMARY KEY,
                frontend TEXT NOT NULL,
                external_id TEXT NOT NULL,
                display_name TEXT NOT NULL,
                language TEXT,
                last_citations TEXT NOT NULL DEFAULT '[]',
                created_at INTEGER NOT NULL,
                UNIQUE (frontend, external_id)
            );

            CREATE TABLE interviews (
                id TEXT PRIMARY KEY,
                user_id INTEGER NOT NULL REFERENCES users (id),
                conversation TEXT NOT NULL,
                mode TEXT NOT NULL,
                topic TEXT,
                difficulty INTEGER,
                status TEXT NOT NULL,
                current_index INTEGER NOT NULL,
                started_at INTEGER NOT NULL,
                ended_at INTEGER
            );
            CREATE INDEX interviews_by_user ON interviews (user_id, conversation, status);

            CREATE TABLE interview_questions (
                interview_id TEXT NOT NULL REFERENCES interviews (id),
                position INTEGER NOT NULL,
                entry_id TEXT NOT NULL,
                topic TEXT NOT NULL,
                status TEXT NOT NULL,
                max_score REAL NOT NULL,
                hinted TEXT NOT NULL,
                followups TEXT NOT NULL,
                awaiting_followup INTEGER NOT NULL,
                first_score REAL,
                raw_score REAL,
                covered TEXT NOT NULL,
                missed TEXT NOT NULL,
                finished_at INTEGER,
                PRIMARY KEY (interview_id, position)
            );

            CREATE TABLE answers (
                id TEXT PRIMARY KEY,
                interview_id TEXT NOT NULL,
                position INTEGER NOT NULL,
                turn INTEGER NOT NULL,
                text TEXT NOT NULL,
                answered_at INTEGER NOT NULL,
                graded INTEGER NOT NULL DEFAULT 0,
                score REAL,
                covered TEXT,
                missed TEXT,
                feedback TEXT,
                UNIQUE (interview_id, position, turn),
                FOREIGN KEY (interview_id, position) REFERENCES interview_questions (interview_id, position)
            );

            CREATE TABLE review_cards (
                user_id INTEGER NOT NULL REFERENCES users (id),
                entry_id TEXT NOT NULL,
                repetitions INTEGER NOT NULL,
                ease REAL NOT NULL,
                interval_days REAL NOT NULL,
                due_at INTEGER NOT NULL,
                last_score REAL NOT NULL,
                last_reviewed_at INTEGER NOT NULL,
                lapses INTEGER NOT NULL,
                PRIMARY KEY (user_id, entry_id)
            );
            """),
        new(2, "index finished questions for progress reports", """
            CREATE INDEX interview_questions_finished ON interview_questions (interview_id, finished_at)
                WHERE finished_at IS NOT NULL;
            """),
        new(3, "conversation context per user and conversation; languages pinned with /lang", """
            CREATE TABLE conversation_turns (
                id INTEGER PRIMARY KEY,
                user_id INTEGER NOT NULL REFERENCES users (id),
                conversation TEXT NOT NULL,
                question TEXT NOT NULL,
                language TEXT NOT NULL,
                entry_ids TEXT NOT NULL,
                asked_at INTEGER NOT NULL
            );
            CREATE INDEX conversation_turns_recent ON conversation_turns (user_id, conversation, asked_at);

            ALTER TABLE users ADD COLUMN language_pinned INTEGER NOT NULL DEFAULT 0;
            """),
        new(4, "level estimate per user and topic", """
            CREATE TABLE level_estimates (
                user_id INTEGER NOT NULL REFERENCES users (id),
                topic TEXT NOT NULL,
                level REAL NOT NULL,
                answers INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                PRIMARY KEY (user_id, topic)
            );
            """),
        new(5, "timed interviews: time per question, when each prompt was put, time taken and lateness per answer", """
            ALTER TABLE interviews ADD COLUMN seconds_per_question INTEGER;
            ALTER TABLE interview_questions ADD COLUMN prompted_at INTEGER;
            ALTER TABLE answers ADD COLUMN elapsed_ms INTEGER;
            ALTER TABLE answers ADD COLUMN late INTEGER NOT NULL DEFAULT 0;
            """),
        new(6, "cooldown on model-backed requests per user, shared by every bot process", """
            CREATE TABLE request_cooldowns (
                user_id INTEGER PRIMARY KEY REFERENCES users (id),
                started_at INTEGER NOT NULL
            );
            """),
        new(
            7,
            OneRunningInterviewPerUser.Description,
            OneRunningInterviewPerUser.KeepLatestRunning + "\n" + OneRunningInterviewPerUser.CreateIndex),
    ];

    public static int Latest => All[^1].Version;
}
