namespace TutorBot.Retrieval.Indexing;

/// <summary>An indexed field of an entry and how much a match in it counts.</summary>
public sealed record BankField(string Name, float Boost)
{
    public const string IdField = "id";
    public const string OrdinalField = "ordinal";

    /// <summary>Every searchable word of the entry, matched only to count document frequencies for coverage.</summary>
    public const string AllField = "all";

    public static BankField Question { get; } = new("question", 3.0f);
    public static BankField KeyPoints { get; } = new("key_points", 1.5f);
    public static BankField Followups { get; } = new("followups", 1.0f);
    public static BankField Answer { get; } = new("answer", 0.7f);

    public static IReadOnlyList<BankField> Searched { get; } = [Question, KeyPoints, Followups, Answer];
}
