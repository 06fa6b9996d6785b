namespace TutorBot.Storage.Tests;

public sealed class PostgresRequestCooldownTests : RequestCooldownTests;
