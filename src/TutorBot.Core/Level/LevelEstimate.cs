namespace TutorBot.Core.Level;

/// <summary>A user's estimated level in one topic, on the bank's difficulty scale (1 easy - 3 hard), and how many answers it rests on.</summary>
public sealed record LevelEstimate(string Topic, double Level, int Answers);
