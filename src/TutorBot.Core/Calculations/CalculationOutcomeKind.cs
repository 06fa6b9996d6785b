namespace TutorBot.Core.Calculations;

public enum CalculationOutcomeKind
{
    /// <summary>The question is not one the calculators answer.</summary>
    NotNumeric,

    /// <summary>Essential arguments are absent.</summary>
    Incomplete,

    /// <summary>An argument is malformed or out of range.</summary>
    Rejected,

    Calculated,
}
