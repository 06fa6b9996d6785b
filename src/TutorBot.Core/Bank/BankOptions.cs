namespace TutorBot.Core.Bank;

public sealed class BankOptions
{
    public const string SectionName = "Bank";

    /// <summary>Directory of questionbank/*.yaml files, relative to the working directory.</summary>
    public string Path { get; set; } = "questionbank";

    /// <summary>Directory of prompt templates.</summary>
    public string PromptsPath { get; set; } = "prompts";
}
