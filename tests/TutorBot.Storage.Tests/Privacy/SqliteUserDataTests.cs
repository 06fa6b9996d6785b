namespace TutorBot.Storage.Tests.Privacy;

public sealed class SqliteUserDataTests : UserDataTests;
