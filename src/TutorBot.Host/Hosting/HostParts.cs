namespace TutorBot.Host.Hosting;

/// <summary>The adapters a verb composes besides Core (the bank, grading and tutoring); each verb takes only what it uses.</summary>
[Flags]
public enum HostParts
{
    None = 0,
    Calculators = 1,

    /// <summary>Chinese and English text analysis, the search index and the ask service over it.</summary>
    Search = 2,
    Model = 4,
    Storage = 8,
    Discord = 16,

    /// <summary>What a conversation needs: everything but Discord.</summary>
    Tutor = Calculators | Search | Model | Storage,
    All = Tutor | Discord,
}
