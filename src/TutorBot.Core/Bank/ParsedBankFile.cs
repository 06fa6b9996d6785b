namespace TutorBot.Core.Bank;

/// <summary>The entries of one file, each with the position of its id (for duplicate reports), and the file's errors.</summary>
internal sealed record ParsedBankFile(IReadOnlyList<(BankEntry Entry, BankError IdPosition)> Entries, IReadOnlyList<BankError> Errors);
