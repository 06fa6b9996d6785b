using System.Text.Json;

namespace TutorBot.Core.Grading.Judge;

/// <summary>
/// Reads the judge's JSON defensively: the model's output is untrusted (the grammar may be missing or the answer
/// may have steered it), so anything malformed or out of range yields null, not an exception.
/// </summary>
public static class JudgeReplyParser
{
    public const int MaxFeedbackChars = 400;
    private const int MaxIds = 32;

    public static JudgeVerdict? Parse(string? reply)
    {
        if (string.IsNullOrWhiteSpace(reply))
        {
            return null;
        }

        // A model may wrap the object in prose or a code fence; take the outermost braces.
        var start = reply.IndexOf('{');
        var end = reply.LastIndexOf('}');
        if (start < 0 || end <= start)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(reply[start..(end + 1)], new JsonDocumentOptions { MaxDepth = 8 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("score", out var scoreElement)
                || scoreElement.ValueKind != JsonValueKind.Number
                || !scoreElement.TryGetDouble(out var score)
                || !double.IsFinite(score)
                || score is < 0 or > 10)
            {
                return null;
            }

            return new JudgeVerdict(score, Ids(root, "covered"), Ids(root, "missing"), Feedback(root)) { Removed = Removals(root) };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static List<string> Ids(JsonElement root, string name) =>
        root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).Take(MaxIds).ToList()
            : [];

    private static List<JudgeRemoval> Removals(JsonElement root) =>
        root.TryGetProperty("removed", out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.Object
                    && e.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                    && e.TryGetProperty("quote", out var quote) && quote.ValueKind == JsonValueKind.String)
                .Select(e => new JudgeRemoval(e.GetProperty("id").GetString()!, e.GetProperty("quote").GetString()!))
                .Take(MaxIds)
                .ToList()
            : [];

    private static string Feedback(JsonElement root)
    {
        if (!root.TryGetProperty("feedback", out var element) || element.ValueKind != JsonValueKind.String)
        {
            return "";
        }

        var text = string.Join(' ', (element.GetString() ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        text = new string(text.Where(c => !char.IsControl(c)).ToArray());
        return text.Length <= MaxFeedbackChars ? text : text[..(MaxFeedbackChars - 3)] + "...";
    }
}
