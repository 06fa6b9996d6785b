namespace TutorBot.Core.Bank;

/// <summary>
/// A wrong claim a candidate may make about an entry ("every token goes through all experts"): the claim said of
/// the subject (or anywhere, when no subject is given) and not negated costs points and is corrected.
/// </summary>
public sealed record WrongClaim(IReadOnlyList<string> Subject, IReadOnlyList<string> Claim, LocalizedText Correction, string? KeyPointId);
