namespace TutorBot.Core.Bank;

/// <summary>Loads every *.yaml file of a directory strictly: every problem is reported with file, line and column.</summary>
public static class BankLoader
{
    public static BankLoadResult Load(string directory)
    {
        var errors = new List<BankError>();
        if (!Directory.Exists(directory))
        {
            var problem = File.Exists(directory) ? "is a file, not a question bank directory" : "the question bank directory does not exist";
            errors.Add(new BankError(directory, 1, 1, problem));
            return new BankLoadResult(new QuestionBank([]), errors);
        }

        List<string> files;
        try
        {
            files = Directory.EnumerateFiles(directory)
                .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(new BankError(directory, 1, 1, $"cannot list the question bank directory: {ex.Message}"));
            return new BankLoadResult(new QuestionBank([]), errors);
        }

        if (files.Count == 0)
        {
            errors.Add(new BankError(directory, 1, 1, "the question bank directory has no .yaml files"));
        }

        var entries = new List<BankEntry>();
        var firstSeen = new Dictionary<string, BankError>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            string yaml;
            try
            {
                yaml = File.ReadAllText(file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                errors.Add(new BankError(file, 1, 1, $"cannot read the file: {ex.Message}"));
                continue;
            }

            var parsed = BankFileParser.Parse(file, yaml);
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
