namespace TutorBot.Core.Bank;

public sealed class InvalidBankException(IReadOnlyList<BankError> errors)
    : Exception("The question bank is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<BankError> Errors { get; } = errors;
}
