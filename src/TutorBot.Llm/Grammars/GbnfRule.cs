namespace TutorBot.Llm.Grammars;

/// <summary>A parsed rule: its body and the rule names it refers to, with their positions.</summary>
internal sealed record GbnfRule(string Name, int Line, GbnfNode Body, IReadOnlyList<GbnfReference> References);
