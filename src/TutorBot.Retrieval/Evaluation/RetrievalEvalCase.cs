namespace TutorBot.Retrieval.Evaluation;

/// <summary>A labelled query: any of ExpectedIds is a correct answer; none means the bank cannot answer it.</summary>
public sealed record RetrievalEvalCase(string Query, IReadOnlyList<string> ExpectedIds, int Line)
{
    public bool IsAnswerable => ExpectedIds.Count > 0;
}
