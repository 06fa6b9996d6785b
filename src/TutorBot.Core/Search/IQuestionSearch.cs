namespace TutorBot.Core.Search;

public interface IQuestionSearch
{
    /// <summary>Best first. Never throws on bad queries: returns an empty list instead.</summary>
    IReadOnlyList<SearchHit> Search(string query, int top = 5);

    /// <summary>Whether a hit is strong enough to answer from (a score threshold, not a model, decides).</summary>
    bool IsRelevant(SearchHit hit);

    /// <summary>
    /// The query scored against these entries only, best first, each with its coverage; entries sharing nothing
    /// with it are left out. Tells how much of a follow-up the conversation's entries already speak to.
    /// </summary>
    IReadOnlyList<SearchHit> SearchAmong(string query, IReadOnlyCollection<string> entryIds);

    /// <summary>The words of the query that can carry a topic: "why?" or "那为什么？" has none, "and QLoRA?" has one.</summary>
    IReadOnlyList<QuerySubject> Subjects(string query);
}
