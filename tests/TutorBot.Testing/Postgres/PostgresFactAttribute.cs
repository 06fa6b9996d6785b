using Xunit;

namespace TutorBot.Testing.Postgres;

/// <summary>A test that needs the PostgreSQL test server: skipped with the reason where none is configured or required.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute() => Skip = PostgresTestServer.SkipReason;
}
