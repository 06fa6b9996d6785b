namespace TutorBot.Core.Search;

public interface IQuestionSearch
{
    /// <summary>Best first. Never throws on bad queries: returns an empty list instead.</summary>
    IReadOnlyList<SearchHit> Search(string query, int top = 5);

    /// <summary>Whether a hit is strong enough to answer from (a score threshold, not a model, decides).</summary>
    bool IsRelevant(SearchHit hit);
}
