namespace TutorBot.Core.Bank;

/// <summary>
/// Turns the texts of a bank's files into one bank, strictly: every problem is reported with file, line and column,
/// and an id defined twice keeps its first definition.
/// </summary>
public static class BankCompiler
{
    /// <param name="files">The files in the order their entries should appear.</param>
    /// <param name="readErrors">Problems met while reading the files; they are reported first.</param>
    public static BankLoadResult Compile(IEnumerable<BankFileText> files, IEnumerable<BankError> readErrors)
    {
        var errors = readErrors.ToList();
        var entries = new List<BankEntry>();
        var firstSeen = new Dictionary<string, BankError>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            var parsed = BankFileParser.Parse(file.File, file.Yaml);
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
}
