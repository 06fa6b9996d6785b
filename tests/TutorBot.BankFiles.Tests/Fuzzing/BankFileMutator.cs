using System.Text;

namespace TutorBot.BankFiles.Tests.Fuzzing;

/// <summary>Damages a bank file the ways editors and copy-paste do: cuts, lost spans, stray YAML indicators and bad bytes.</summary>
public sealed class BankFileMutator(Random random)
{
    private static readonly string[] Indicators =
    [
        "- ", ": ", "[", "]", "{", "}", ",", "\"", "'", "|", ">", "&a ", "*a", "*missing", "!tag ", "!!binary ", "? ", "# ",
        "%YAML 1.2\n", "---\n", "...\n", "\t", "@", "`", "<<: *a\n", "\n  ", "\n- ", "key: [unclosed\n", "\"unterminated\n", "{a: [b, {c: ",
    ];

    private static readonly byte[][] BadBytes =
    [
        [0x00], [0xFF], [0xFE, 0xFF], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF], [0x1B, 0x5B], [0x7F], [0xC0, 0x80], [0xF4, 0x90, 0x80, 0x80],
    ];

    public byte[] Mutate(byte[] original)
    {
        var bytes = original.ToList();
        var mutations = random.Next(1, 4);
        for (var i = 0; i < mutations; i++)
        {
            switch (random.Next(5))
            {
                case 0:
                    var cut = random.Next(bytes.Count + 1);
                    bytes.RemoveRange(cut, bytes.Count - cut);
                    break;
                case 1:
                    var start = random.Next(bytes.Count + 1);
                    bytes.RemoveRange(start, Math.Min(random.Next(1, 80), bytes.Count - start));
                    break;
                case 2:
                    bytes.InsertRange(random.Next(bytes.Count + 1), Encoding.UTF8.GetBytes(Indicators[random.Next(Indicators.Length)]));
                    break;
                case 3:
                    bytes.InsertRange(random.Next(bytes.Count + 1), BadBytes[random.Next(BadBytes.Length)]);
                    break;
                default:
                    ShiftIndentation(bytes);
                    break;
            }
        }

        return bytes.ToArray();
    }

    /// <summary>Adds or removes a space at the start of a random line.</summary>
    private void ShiftIndentation(List<byte> bytes)
    {
        var lineStarts = Enumerable.Range(0, bytes.Count).Where(i => i == 0 || bytes[i - 1] == (byte)'\n').ToList();
        var at = lineStarts[random.Next(lineStarts.Count)];
        if (at < bytes.Count && bytes[at] == (byte)' ' && random.Next(2) == 0)
        {
            bytes.RemoveAt(at);
        }
        else
        {
            bytes.Insert(at, (byte)' ');
        }
    }
}
