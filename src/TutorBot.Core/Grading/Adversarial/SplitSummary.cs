namespace TutorBot.Core.Grading.Adversarial;

/// <summary>The hand-written pairs of one split: how many, over how many entries, and the shares that met each bar.</summary>
public sealed record SplitSummary(string Split, int Pairs, int Entries, double ConfusedAtMost4, double ParaphraseAtLeast6, double SeparatedBy3);
