namespace TutorBot.Core.Bank;

/// <summary>Loads every *.yaml file of a directory strictly: every problem is reported with file, line and column.</summary>
public static class BankLoader
{
    public static BankLoadResult Load(string directory)
    {
        var errors = new List<BankError>();
        if (!Directory.Exists(directory))
        {
            errors.Add(new BankError(directory, 1, 1, "the question bank directory does not exist"));
            return new BankLoadResult(new QuestionBank([]), errors);
        }

        var files = Directory.EnumerateFiles(directory)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            errors.Add(new BankError(directory, 1, 1, "the question bank directory has no .yaml files"));
        }

        var entries = new List<BankEntry>();
        var firstSeen = new Dictionary<string, BankError>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            var parsed = BankFileParser.Parse(file, File.ReadAllText(file));
            errors.AddRange(parsed.Errors);
            foreach (var (entry, idPosition) in parsed.Entries)
            {
                if (firstSeen.TryGetValue(entry.Id, out var first))
                {
                    errors.Add(idPosition with { Message = $"duplicate id '{entry.Id}' (first defined at {first.File}:{first.Line}:{first.Column})" });
                    continue;
                }

                firstSeen[entry.Id] = idPosition;
                entries.Add(entry);
            }
        }

        return new BankLoadResult(new QuestionBank(entries), errors);
    }

    /// <exception cref="InvalidBankException">The bank has errors; the message lists every one.</exception>
    public static QuestionBank LoadOrThrow(string directory)
    {
        var result = Load(directory);
        return result.IsValid ? result.Bank : throw new InvalidBankException(result.Errors);
    }
}
