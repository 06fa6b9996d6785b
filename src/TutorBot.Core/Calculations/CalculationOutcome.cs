using TutorBot.Core.Bank;

namespace TutorBot.Core.Calculations;

/// <summary>
/// What became of a calculation: the result, the essential arguments still missing, the argument rejected (with a
/// one-line message naming it), or nothing numeric at all. Route is the call that was tried, when there was one.
/// </summary>
public sealed record CalculationOutcome
{
    private CalculationOutcome(CalculationOutcomeKind kind) => Kind = kind;

    public CalculationOutcomeKind Kind { get; }

    public CalculationRoute? Route { get; init; }

    public CalculationResult? Result { get; private init; }

    public IReadOnlyList<MissingArgument> Missing { get; private init; } = [];

    public RejectedArgument? Problem { get; private init; }

    public static CalculationOutcome NotNumeric { get; } = new(CalculationOutcomeKind.NotNumeric);

    public static CalculationOutcome Calculated(CalculationResult result) => new(CalculationOutcomeKind.Calculated) { Result = result };

    public static CalculationOutcome Incomplete(IReadOnlyList<MissingArgument> missing) => new(CalculationOutcomeKind.Incomplete) { Missing = missing };

    public static CalculationOutcome Rejected(string argument, string message, string messageZh) =>
        new(CalculationOutcomeKind.Rejected) { Problem = new RejectedArgument(argument, new LocalizedText(messageZh, message)) };
}
