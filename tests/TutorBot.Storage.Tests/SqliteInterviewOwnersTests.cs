namespace TutorBot.Storage.Tests;

public sealed class SqliteInterviewOwnersTests : InterviewOwnersTests;
