namespace TutorBot.Discord.Tests.Fakes;

/// <summary>An Identify the fake gateway accepted: the shard it named, of how many, and when it arrived.</summary>
public sealed record FakeIdentify(int Shard, int Count, DateTimeOffset At);
