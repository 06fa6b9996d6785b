using TutorBot.Core.Bank;

namespace TutorBot.Retrieval.Indexing;

/// <summary>The normalized text of each searchable field of an entry.</summary>
public static class EntryText
{
    public static string For(BankEntry entry, BankField field)
    {
        var parts = field switch
        {
            _ when field == BankField.Question => [entry.Question.Zh, entry.Question.En],
            _ when field == BankField.KeyPoints => entry.KeyPoints
                .SelectMany(k => new[] { k.Text.Zh, k.Text.En }.Concat(k.Aliases))
                .Concat(entry.Tags)
                .Append(entry.Id.Replace('-', ' ')),
            _ when field == BankField.Followups => entry.Followups.SelectMany(f => new[] { f.Question.Zh, f.Question.En }),
            _ when field == BankField.Answer => new[] { entry.Answer.Zh, entry.Answer.En },
            _ => throw new ArgumentOutOfRangeException(nameof(field), field.Name, "not a searched field"),
        };
        return TextNormalizer.Normalize(string.Join('\n', parts));
    }
}
