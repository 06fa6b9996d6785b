namespace TutorBot.Storage.Tests;

public sealed class SqliteRequestCooldownTests : RequestCooldownTests;
