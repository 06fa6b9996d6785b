using TutorBot.Core.Bank;

namespace TutorBot.BankFiles;

/// <summary>Loads every *.yaml file of a directory strictly: every problem is reported with file, line and column.</summary>
public static class BankLoader
{
    public static BankLoadResult Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            var problem = File.Exists(directory) ? "is a file, not a question bank directory" : "the question bank directory does not exist";
            return Failed(new BankError(directory, 1, 1, problem));
        }

        List<string> paths;
        try
        {
            paths = Directory.EnumerateFiles(directory)
                .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed(new BankError(directory, 1, 1, $"cannot list the question bank directory: {ex.Message}"));
        }

        var readErrors = new List<BankError>();
        if (paths.Count == 0)
        {
            readErrors.Add(new BankError(directory, 1, 1, "the question bank directory has no .yaml files"));
        }

        var files = new List<BankFileText>();
        foreach (var path in paths)
        {
            try
            {
                files.Add(new BankFileText(path, File.ReadAllText(path)));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                readErrors.Add(new BankError(path, 1, 1, $"cannot read the file: {ex.Message}"));
            }
        }

        return BankCompiler.Compile(files, readErrors);
    }

    /// <exception cref="InvalidBankException">The bank has errors; the message lists every one.</exception>
    public static QuestionBank LoadOrThrow(string directory)
    {
        var result = Load(directory);
        return result.IsValid ? result.Bank : throw new InvalidBankException(result.Errors);
    }

    private static BankLoadResult Failed(BankError error) => new(new QuestionBank([]), [error]);
}
