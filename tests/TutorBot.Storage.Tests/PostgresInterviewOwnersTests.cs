namespace TutorBot.Storage.Tests;

public sealed class PostgresInterviewOwnersTests : InterviewOwnersTests;
