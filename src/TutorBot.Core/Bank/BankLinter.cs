namespace TutorBot.Core.Bank;

/// <summary>
/// Checks that no alias can earn a key point for vocabulary alone (run by <c>tutorbot bank validate</c> after loading):
/// an alias made only of words of its entry's question earns the point for repeating the question, and an alias found
/// in a large share of all entries (document frequency over question, answer and key point texts) is too common to
/// show that this point was understood. Bindings are exempt: a bound property counts only when tied to its subject.
/// </summary>
public static class BankLinter
{
    /// <summary>An alias found in at least this share of the bank's entries is too common to cover a point alone.</summary>
    public const double MaxAliasDocumentShare = 0.12;

    // With fewer entries than this a share says nothing.
    private const int MinEntriesForFrequency = 20;

    public static IReadOnlyList<BankError> Lint(QuestionBank bank, Func<string, IReadOnlyList<string>> terms)
    {
        var errors = new List<BankError>();
        var documents = bank.Entries.Select(e => new TermDocument(terms(string.Join('\n', Texts(e))))).ToList();
        var limit = (int)Math.Ceiling(MaxAliasDocumentShare * bank.Entries.Count);
        foreach (var entry in bank.Entries)
        {
            var question = terms(entry.Question.Zh).Concat(terms(entry.Question.En)).ToHashSet(StringComparer.Ordinal);
            foreach (var point in entry.KeyPoints)
            {
                for (var i = 0; i < point.Aliases.Count; i++)
                {
                    var alias = point.Aliases[i];
                    var position = i < point.AliasPositions.Count ? point.AliasPositions[i] : new BankPosition(1, 1);
                    var aliasTerms = terms(alias);
                    if (aliasTerms.Count == 0)
                    {
                        continue;
                    }

                    if (aliasTerms.All(question.Contains))
                    {
                        errors.Add(new BankError(entry.SourceFile, position.Line, position.Column,
                            $"alias '{alias}' of key point '{point.Id}' in entry '{entry.Id}' occurs in the entry's question: "
                            + "typing the question back would earn the point; remove it or make it a bound subject (binds:)"));
                        continue;
                    }

                    var frequency = bank.Entries.Count >= MinEntriesForFrequency ? documents.Count(d => d.ContainsPhrase(aliasTerms)) : 0;
                    if (frequency >= limit)
                    {
                        errors.Add(new BankError(entry.SourceFile, position.Line, position.Column,
                            $"alias '{alias}' of key point '{point.Id}' in entry '{entry.Id}' occurs in {frequency} of {bank.Entries.Count} entries "
                            + $"({100.0 * frequency / bank.Entries.Count:0}%, limit {MaxAliasDocumentShare:P0}): too common to show this point alone; "
                            + "use a more specific wording or bind it to its subject (binds:)"));
                    }
                }
            }
        }

        return errors;
    }

    private static IEnumerable<string> Texts(BankEntry entry) =>
        new[] { entry.Question, entry.Answer }.Concat(entry.KeyPoints.Select(p => p.Text)).SelectMany(t => new[] { t.Zh, t.En });
}
