using TutorBot.Core.Bank;
using TutorBot.Core.Grading.Rubric;

namespace TutorBot.BankFiles;

/// <summary>The line-based files beside the bank's YAML: synonyms and known misconceptions. A missing file is an empty table.</summary>
public static class BankSideFiles
{
    public const string SynonymsFileName = "synonyms.txt";
    public const string MisconceptionsFileName = "misconceptions.txt";

    public static SynonymTable LoadSynonyms(string bankDirectory) =>
        ReadLines(bankDirectory, SynonymsFileName) is { } lines ? SynonymTable.Parse(lines) : SynonymTable.Empty;

    public static MisconceptionTable LoadMisconceptions(string bankDirectory) =>
        ReadLines(bankDirectory, MisconceptionsFileName) is { } lines ? MisconceptionTable.Parse(lines) : MisconceptionTable.Empty;

    private static string[]? ReadLines(string bankDirectory, string fileName)
    {
        var path = Path.Combine(bankDirectory, fileName);
        return File.Exists(path) ? File.ReadAllLines(path) : null;
    }
}
