using System.Globalization;
using System.Text;

namespace TutorBot.Core.Grading.Evaluation;

/// <summary>
/// Reads a CSV (RFC 4180 quoting) with at least the columns question, desired_answer, student_answer, score_avg.
/// </summary>
public static class GradingDatasetReader
{
    public static readonly string[] RequiredColumns = ["question", "desired_answer", "student_answer", "score_avg"];

    /// <exception cref="FormatException">A required column is missing or a score is not a number; the message names the line.</exception>
    public static IReadOnlyList<LabelledAnswer> Read(TextReader reader)
    {
        var records = ParseRecords(reader.ReadToEnd());
        if (records.Count == 0)
        {
            throw new FormatException("the file is empty");
        }

        var header = records[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var missing = RequiredColumns.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            throw new FormatException($"line 1: missing column(s) {string.Join(", ", missing)} (needs {string.Join(", ", RequiredColumns)})");
        }

        var columns = RequiredColumns.Select(c => header.IndexOf(c)).ToArray();
        var answers = new List<LabelledAnswer>(records.Count - 1);
        foreach (var (line, fields) in records.Skip(1))
        {
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue;
            }

            if (fields.Count < header.Count)
            {
                throw new FormatException($"line {line}: {fields.Count} field(s), expected {header.Count}");
            }

            if (!double.TryParse(fields[columns[3]], NumberStyles.Float, CultureInfo.InvariantCulture, out var score))
            {
                throw new FormatException($"line {line}: score_avg '{fields[columns[3]]}' is not a number");
            }

            answers.Add(new LabelledAnswer(fields[columns[0]], fields[columns[1]], fields[columns[2]], score));
        }

        return answers;
    }

    private static List<(int Line, List<string> Fields)> ParseRecords(string text)
    {
        var records = new List<(int, List<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var line = 1;
        var recordLine = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
            }

            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add((recordLine, fields));
                fields = [];
                recordLine = line;
            }
            else if (c != '\r')
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add((recordLine, fields));
        }

        return records;
    }
}
