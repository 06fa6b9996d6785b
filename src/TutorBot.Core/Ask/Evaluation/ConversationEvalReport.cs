namespace TutorBot.Core.Ask.Evaluation;

/// <summary>Accuracy of the scored turns: overall, per kind, per conversation language and per split.</summary>
public sealed record ConversationEvalReport(IReadOnlyList<TurnOutcome> Outcomes)
{
    public static readonly string[] Languages = ["en", "zh", "mixed"];

    public int Conversations => Outcomes.Select(o => o.Conversation.Id).Distinct().Count();

    public double Accuracy => Rate(Outcomes);

    public IReadOnlyList<TurnKind> Kinds => Outcomes.Select(o => o.Turn.Kind).Distinct().Order().ToList();

    public IEnumerable<TurnOutcome> Misses => Outcomes.Where(o => !o.IsCorrect);

    public ConversationEvalReport Only(Func<TurnOutcome, bool> predicate) => new(Outcomes.Where(predicate).ToList());

    public ConversationEvalReport OfSplit(string split) => Only(o => o.Conversation.Split == split);

    public ConversationEvalReport OfKind(TurnKind kind) => Only(o => o.Turn.Kind == kind);

    public ConversationEvalReport OfLanguage(string language) => Only(o => o.Conversation.Language == language);

    private static double Rate(IReadOnlyList<TurnOutcome> outcomes) => outcomes.Count == 0 ? 0 : (double)outcomes.Count(o => o.IsCorrect) / outcomes.Count;
}
