using TutorBot.Core.Bank;

namespace TutorBot.Core.Calculations;

/// <summary>
/// The outcome of one calculator run. Result values are numbers keyed as in the JSON output
/// (byte counts end in "_bytes" or are "bytes", times are "seconds"/"days", FLOPs "flops", counts "params").
/// Assumptions and Steps are in English; AssumptionTexts and StepDetails carry both languages.
/// </summary>
public sealed record CalculationResult(
    string Calculator,
    IReadOnlyDictionary<string, string> Inputs,
    IReadOnlyList<string> Assumptions,
    IReadOnlyDictionary<string, double> Result,
    IReadOnlyList<string> Steps)
{
    /// <summary>The figure an answer is expected to state, e.g. ("total_bytes", 4294967296, "bytes").</summary>
    public required CalculationHeadline Headline { get; init; }

    public IReadOnlyList<LocalizedText> AssumptionTexts { get; init; } = [];

    public IReadOnlyList<CalculationStep> StepDetails { get; init; } = [];

    /// <summary>The working in one language: assumptions, then each step.</summary>
    public string Render(Language language) => CalculationText.Render(this, language);
}
