namespace TutorBot.Testing.Postgres;

/// <summary>
/// The PostgreSQL server the tests use, from TUTORBOT_TEST_POSTGRES (set by .ci/run or scripts/test-postgres.sh).
/// Where it is required (CI, or TUTORBOT_REQUIRE_POSTGRES=1) a missing server fails the tests that need it;
/// elsewhere they are skipped with the reason.
/// </summary>
public static class PostgresTestServer
{
    public const string Variable = "TUTORBOT_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool Required =>
        Environment.GetEnvironmentVariable("TUTORBOT_REQUIRE_POSTGRES") == "1" || Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci && ci != "false";

    /// <summary>Why tests that need PostgreSQL are skipped here, or null when they run (or must run and fail).</summary>
    public static string? SkipReason =>
        ConnectionString is null && !Required
            ? $"{Variable} is not set: start a throwaway server with `eval \"$(scripts/test-postgres.sh start)\"` to run the PostgreSQL tests"
            : null;

    public static string RequireConnectionString() =>
        ConnectionString ?? throw new InvalidOperationException($"{Variable} is not set, and PostgreSQL tests are required here (CI or TUTORBOT_REQUIRE_POSTGRES=1): .ci/run starts the server.");
}
