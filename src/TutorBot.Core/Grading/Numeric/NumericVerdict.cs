namespace TutorBot.Core.Grading.Numeric;

public enum NumericVerdict
{
    Correct,
    Partial,
    Wrong,
    Missing,
}
