namespace TutorBot.Core.Ask.Context;

/// <summary>How a question was read against the conversation before it.</summary>
public enum ResolvedAs
{
    /// <summary>It names its own subject, or there is nothing before it: answered on its own.</summary>
    New,

    /// <summary>It leans on the conversation ("why?", "what does beta do there?", "and QLoRA?").</summary>
    Followup,

    /// <summary>Nothing of the bank is in it, whatever came before.</summary>
    Refused,
}
