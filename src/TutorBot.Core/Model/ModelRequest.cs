namespace TutorBot.Core.Model;

/// <summary>
/// A generation: the prompt template prompts/{PromptName} rendered with Variables, optionally constrained by
/// the grammar grammars/{GrammarName}.gbnf. UserKey gives each user a fair turn in the scheduler.
/// </summary>
public sealed record ModelRequest(
    string PromptName,
    IReadOnlyDictionary<string, object?> Variables,
    string? GrammarName = null,
    int MaxTokens = 256,
    string UserKey = "");
