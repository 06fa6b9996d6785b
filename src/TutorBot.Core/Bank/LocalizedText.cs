namespace TutorBot.Core.Bank;

public sealed record LocalizedText(string Zh, string En)
{
    public string For(Language language) => language == Language.Zh ? Zh : En;
}
