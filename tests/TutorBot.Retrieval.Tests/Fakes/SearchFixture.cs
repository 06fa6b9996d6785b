namespace TutorBot.Retrieval.Tests.Fakes;

/// <summary>One index over the test bank, shared by a test class (building loads the Chinese dictionaries once).</summary>
public sealed class SearchFixture : IDisposable
{
    public LuceneQuestionSearch Search { get; } = new(TestBank.Bank, TestBank.Synonyms, new RetrievalOptions());

    public void Dispose() => Search.Dispose();
}
