namespace TutorBot.Storage.Tests.Privacy;

public sealed class SqliteRetentionTests : RetentionTests;
