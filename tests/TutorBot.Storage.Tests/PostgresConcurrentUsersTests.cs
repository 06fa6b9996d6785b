namespace TutorBot.Storage.Tests;

public sealed class PostgresConcurrentUsersTests : ConcurrentUsersTests;
