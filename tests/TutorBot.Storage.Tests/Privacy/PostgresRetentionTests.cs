namespace TutorBot.Storage.Tests.Privacy;

public sealed class PostgresRetentionTests : RetentionTests;
