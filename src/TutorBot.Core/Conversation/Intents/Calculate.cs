namespace TutorBot.Core.Conversation.Intents;

/// <summary>A numeric question for the calculators ("KV cache of Llama-2-7B at 4096 tokens").</summary>
public sealed record Calculate(string Question) : TutorIntent;
