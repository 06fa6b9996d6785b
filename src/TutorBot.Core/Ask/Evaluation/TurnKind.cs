namespace TutorBot.Core.Ask.Evaluation;

/// <summary>What a turn of an evaluation conversation tests.</summary>
public enum TurnKind
{
    /// <summary>The first question of a conversation.</summary>
    Opening,

    /// <summary>A follow-up through a pronoun: "why does it reduce memory?".</summary>
    Pronoun,

    /// <summary>A follow-up that leaves words out: "why?", "and how do you detect it?".</summary>
    Ellipsis,

    /// <summary>A follow-up that is a bare name: "and QLoRA?", "ALiBi 呢？".</summary>
    Entity,

    /// <summary>A new thread that names its own subject.</summary>
    Switch,

    /// <summary>Nothing of the bank, after on-topic turns: refused.</summary>
    Offtopic,

    /// <summary>A name the bank covers under another one: answered from that, saying what is not covered.</summary>
    Nearmiss,

    /// <summary>A slash command (/lang) between questions; not scored.</summary>
    Command,
}
