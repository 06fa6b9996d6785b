namespace TutorBot.Llm.Templates;

/// <summary>One message of a conversation; Role is "system", "user" or "assistant".</summary>
public sealed record ChatTurn(string Role, string Content);
