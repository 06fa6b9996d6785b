namespace TutorBot.Core.Bank;

public sealed class QuestionBank
{
    private readonly Dictionary<string, BankEntry> _byId;

    public QuestionBank(IReadOnlyList<BankEntry> entries)
    {
        Entries = entries;
        _byId = entries.ToDictionary(e => e.Id, StringComparer.OrdinalIgnoreCase);
        Topics = entries.Select(e => e.Topic).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<BankEntry> Entries { get; }

    public IReadOnlyList<string> Topics { get; }

    public BankEntry? Find(string id) => _byId.GetValueOrDefault(id);
}
