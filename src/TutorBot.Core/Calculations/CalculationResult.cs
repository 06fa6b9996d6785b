using TutorBot.Core.Bank;

namespace TutorBot.Core.Calculations;

/// <summary>
/// The outcome of one calculator run. Result values are numbers keyed as in the JSON output (byte counts end in
/// "_bytes" or are "bytes", times are "seconds"/"days", FLOPs "flops", counts "params"). Assumptions and steps carry
/// both languages; <see cref="CalculationPresenter"/> renders them.
/// </summary>
public sealed record CalculationResult(
    string Calculator,
    IReadOnlyDictionary<string, string> Inputs,
    IReadOnlyList<LocalizedText> Assumptions,
    IReadOnlyDictionary<string, double> Result,
    IReadOnlyList<CalculationStep> Steps)
{
    /// <summary>The figure an answer is expected to state, e.g. ("total_bytes", 4294967296 bytes).</summary>
    public required CalculationHeadline Headline { get; init; }
}
