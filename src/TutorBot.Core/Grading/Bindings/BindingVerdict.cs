using TutorBot.Core.Bank;

namespace TutorBot.Core.Grading.Bindings;

/// <summary>
/// What an answer did with a key point's bindings: the share it tied correctly, whether it denied them, and the
/// confusion it made (a property given to the wrong subject, a direction reversed), named for the feedback.
/// </summary>
public sealed record BindingVerdict(double Coverage, bool Denied, LocalizedText? Confusion, string Evidence);
