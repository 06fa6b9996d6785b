namespace TutorBot.Core.Bank;

/// <summary>The calculator and arguments whose result a calculation entry's answer must state.</summary>
public sealed record CalcSpec(string Calculator, IReadOnlyDictionary<string, string> Arguments);
