namespace TutorBot.Storage.Tests.Privacy;

public sealed class PostgresUserDataTests : UserDataTests;
