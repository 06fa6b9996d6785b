namespace TutorBot.Retrieval.Evaluation;

/// <summary>
/// Reads an evaluation set: one case per line, "QUERY&lt;TAB&gt;ID[,ID...]", or "QUERY&lt;TAB&gt;-" for a query the bank
/// cannot answer. Blank lines and lines starting with '#' are skipped.
/// </summary>
public static class RetrievalEvalSet
{
    public const string NoAnswer = "-";

    /// <exception cref="FormatException">A line is malformed; the message names file and line.</exception>
    public static IReadOnlyList<RetrievalEvalCase> Load(string path)
    {
        var cases = new List<RetrievalEvalCase>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 2 || columns[0].Trim().Length == 0 || columns[1].Trim().Length == 0)
            {
                throw new FormatException($"{path}:{lineNumber}: expected QUERY<TAB>IDS (comma-separated ids, or '{NoAnswer}' for no answer)");
            }

            var ids = columns[1].Trim() == NoAnswer
                ? []
                : columns[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            cases.Add(new RetrievalEvalCase(columns[0].Trim(), ids, lineNumber));
        }

        return cases;
    }
}
