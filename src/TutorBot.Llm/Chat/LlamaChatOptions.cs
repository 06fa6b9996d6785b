namespace TutorBot.Llm.Chat;

/// <summary>Keys of ChatOptions.AdditionalProperties that the local model understands.</summary>
public static class LlamaChatOptions
{
    /// <summary>GBNF grammar text that constrains the reply (checked before use; an invalid one is refused).</summary>
    public const string Grammar = "gbnf_grammar";

    /// <summary>Who is asking, for fair turns in the queue.</summary>
    public const string UserKey = "user_key";
}
