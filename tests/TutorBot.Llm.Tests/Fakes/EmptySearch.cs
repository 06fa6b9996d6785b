using TutorBot.Core.Search;

namespace TutorBot.Llm.Tests.Fakes;

/// <summary>A search over a bank with nothing in it.</summary>
public sealed class EmptySearch : IQuestionSearch
{
    public IReadOnlyList<SearchHit> Search(string query, int top = 5) => [];

    public bool IsRelevant(SearchHit hit) => false;

    public IReadOnlyList<SearchHit> SearchAmong(string query, IReadOnlyCollection<string> entryIds) => [];

    public IReadOnlyList<QuerySubject> Subjects(string query) => [];
}
