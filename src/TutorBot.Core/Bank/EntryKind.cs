namespace TutorBot.Core.Bank;

public enum EntryKind
{
    Concept,
    Calculation,
    Open,
}
