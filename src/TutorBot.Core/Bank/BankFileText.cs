namespace TutorBot.Core.Bank;

/// <summary>The text of one bank file and the name it is reported under.</summary>
public sealed record BankFileText(string File, string Yaml);
