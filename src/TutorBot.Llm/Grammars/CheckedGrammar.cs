namespace TutorBot.Llm.Grammars;

/// <summary>A grammar file and the result of checking it; only grammars without errors are used.</summary>
public sealed record CheckedGrammar(string Path, string Text, IReadOnlyList<GbnfError> Errors);
