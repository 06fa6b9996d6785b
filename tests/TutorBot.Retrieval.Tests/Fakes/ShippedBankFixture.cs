using TutorBot.BankFiles;
using TutorBot.Core.Bank;
using TutorBot.Testing;

namespace TutorBot.Retrieval.Tests.Fakes;

/// <summary>The shipped question bank and one index over it, shared by a test class.</summary>
public sealed class ShippedBankFixture : IDisposable
{
    public ShippedBankFixture()
    {
        Bank = BankLoader.LoadOrThrow(RepoPaths.QuestionBank);
        Search = new LuceneQuestionSearch(Bank, BankSideFiles.LoadSynonyms(RepoPaths.QuestionBank), new RetrievalOptions());
    }

    public QuestionBank Bank { get; }

    public LuceneQuestionSearch Search { get; }

    public void Dispose() => Search.Dispose();
}
