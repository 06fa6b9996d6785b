namespace TutorBot.Core.Progress;

public sealed record TopicProgress(string Topic, double AverageScore, int Answers);
