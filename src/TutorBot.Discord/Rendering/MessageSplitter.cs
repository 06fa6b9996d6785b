using System.Text;

namespace TutorBot.Discord.Rendering;

/// <summary>Splits text into Discord-sized messages on line boundaries; a single overlong line is cut between words.</summary>
public static class MessageSplitter
{
    public const int MessageLimit = 2000;

    public static IReadOnlyList<string> Split(string text, int limit = MessageLimit)
    {
        var chunks = new List<string>();
        var current = new StringBuilder();
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            foreach (var piece in CutLongLine(line, limit))
            {
                var needed = current.Length == 0 ? piece.Length : current.Length + 1 + piece.Length;
                if (needed > limit)
                {
                    Flush(chunks, current);
                }

                if (current.Length > 0)
                {
                    current.Append('\n');
                }

                current.Append(piece);
            }
        }

        Flush(chunks, current);
        return chunks;
    }

    private static IEnumerable<string> CutLongLine(string line, int limit)
    {
        var rest = line;
        while (rest.Length > limit)
        {
            var cut = rest.LastIndexOf(' ', limit - 1, limit / 2);
            cut = cut <= 0 ? limit : cut;
            if (char.IsHighSurrogate(rest[cut - 1]))
            {
                cut--;
            }

            yield return rest[..cut];
            rest = rest[cut..].TrimStart(' ');
        }

        yield return rest;
    }

    private static void Flush(List<string> chunks, StringBuilder current)
    {
        if (current.ToString().Trim().Length > 0)
        {
            chunks.Add(current.ToString().TrimEnd());
        }

        current.Clear();
    }
}
