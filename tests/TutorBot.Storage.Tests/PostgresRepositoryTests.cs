namespace TutorBot.Storage.Tests;

public sealed class PostgresRepositoryTests : RepositoryTests;
