namespace TutorBot.Storage.Tests;

public sealed class SqliteRepositoryTests : RepositoryTests;
