namespace TutorBot.Core.Bank;

public enum Language
{
    Zh,
    En,
}
