namespace TutorBot.Storage.Migrations;

/// <summary>One schema step; the database's user_version records the last one applied.</summary>
public sealed record Migration(int Version, string Description, string Sql);
