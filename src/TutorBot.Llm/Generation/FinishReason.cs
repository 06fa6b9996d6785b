namespace TutorBot.Llm.Generation;

public enum FinishReason
{
    /// <summary>An end-of-turn token or a stop sequence.</summary>
    Stop,

    /// <summary>The request's token limit.</summary>
    Length,

    /// <summary>The conversation's context is full.</summary>
    ContextFull,
}
