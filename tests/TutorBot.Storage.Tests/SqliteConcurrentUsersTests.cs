namespace TutorBot.Storage.Tests;

public sealed class SqliteConcurrentUsersTests : ConcurrentUsersTests;
