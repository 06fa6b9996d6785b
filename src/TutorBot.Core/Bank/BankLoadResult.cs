namespace TutorBot.Core.Bank;

public sealed record BankLoadResult(QuestionBank Bank, IReadOnlyList<BankError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
