namespace TutorBot.Core.Bank;

public sealed record BankError(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
