using System.Text;

namespace TutorBot.Host.Tests.Robustness;

/// <summary>Every verb and option of tutorbot with each hostile value that fits it, by name.</summary>
public static class SweepCases
{
    private const string EntryId = "attention-scaling-sqrt-dk";

    private static readonly string[][] TextSlots =
    [
        ["bank", "show", "{}"],
        ["grade", "--id", "{}", "--answer", "scaling keeps the softmax from saturating"],
        ["grade", "--id", EntryId, "--answer", "{}"],
        ["grade", "--question", "{}", "--answer", "an answer"],
        ["grade", "--reference", "{}", "--question", "Why scale attention?", "--answer", "an answer"],
        ["grade", "--id", EntryId, "--answer", "an answer", "--lang", "{}"],
        ["search", "{}"],
        ["ask", "{}"],
        ["ask", "what is attention", "--lang", "{}"],
        ["ask", "why?", "--after", "{}"],
        ["calc", "--text", "{}"],
        ["calc", "{}"],
        ["calc", "kv-cache", "--model", "{}"],
        ["calc", "kv-cache", "--model", "llama-2-7b", "--context", "4096", "--dtype", "{}"],
        ["calc", "inference-memory", "--model", "llama-2-7b", "--format", "{}"],
        ["calc", "training-time", "--params", "{}", "--tokens", "1T", "--gpus", "8", "--gpu", "a100"],
        ["calc", "training-time", "--params", "7B", "--tokens", "1T", "--gpus", "8", "--gpu", "{}"],
        ["chat", "--user", "{}"],
        ["bench", "llm", "--sessions", "{}"],
        ["model", "inspect", "{}"],
    ];

    private static readonly string[][] NumberSlots =
    [
        ["search", "attention", "--top", "{}"],
        ["calc", "kv-cache", "--layers", "{}", "--heads", "32", "--hidden", "4096", "--context", "4096"],
        ["calc", "kv-cache", "--model", "llama-2-7b", "--context", "{}"],
        ["calc", "kv-cache", "--model", "llama-2-7b", "--context", "4096", "--batch", "{}"],
        ["calc", "inference-memory", "--model", "llama-2-7b", "--overhead", "{}"],
        ["calc", "training-time", "--params", "7B", "--tokens", "1T", "--gpus", "{}", "--gpu", "a100"],
        ["calc", "lora-params", "--model", "llama-2-7b", "--rank", "{}"],
        ["bench", "interview", "--users", "{}"],
        ["bench", "interview", "--users", "2", "--questions", "{}"],
        ["bench", "interview", "--users", "2", "--rounds", "{}"],
        ["bench", "grading", "--seconds", "{}"],
        ["bench", "retrieval", "--entries", "{}", "--rounds", "1"],
        ["bench", "retrieval", "--entries", "10", "--rounds", "{}"],
        ["bench", "llm", "--tokens", "{}"],
        ["bench", "llm", "--repeat", "{}"],
        ["model", "inspect", "{model}", "--context", "{}"],
        ["model", "inspect", "{model}", "--sequences", "{}"],
        ["model", "inspect", "{model}", "--gpu-layers", "{}"],
        ["model", "inspect", "{model}", "--budget", "{}"],
    ];

    private static readonly string[][] PathSlots =
    [
        ["bank", "validate", "{}"],
        ["eval", "grading", "--dataset", "{}"],
        ["eval", "retrieval", "--set", "{}"],
        ["bench", "grading", "--seconds", "1", "--dataset", "{}"],
        ["bench", "retrieval", "--set", "{}", "--entries", "10", "--rounds", "1"],
        ["search", "--queries", "{}"],
        ["model", "inspect", "{}"],
        ["ask", "what is attention", "--model", "{}"],
        ["chat", "--db", "{}"],
    ];

    private static readonly string[][] Verbs =
    [
        [], ["bank"], ["bank", "validate"], ["bank", "list"], ["bank", "show", EntryId], ["grade", "--answer", "x"], ["eval"],
        ["eval", "grading"], ["eval", "retrieval"], ["bench"], ["bench", "interview"], ["bench", "grading"], ["bench", "retrieval"],
        ["bench", "llm"], ["chat"], ["calc"], ["search", "x"], ["ask", "x"], ["model"], ["model", "inspect", "x"], ["discord"],
    ];

    /// <summary>Case names only, for test discovery; no file is made.</summary>
    public static IEnumerable<string> Names => Build("/unused").Keys;

    /// <summary>Every case, with paths and the model file under <paramref name="root"/>, each run against its own database.</summary>
    public static IReadOnlyDictionary<string, SweepCase> Build(string root)
    {
        var cases = new Dictionary<string, SweepCase>();
        var database = Path.Combine(root, "sweep.db");
        var model = Path.Combine(root, "tiny.gguf");
        foreach (var slot in TextSlots)
        {
            foreach (var (kind, text) in HostileValues.Texts)
            {
                cases[$"{Label(slot)} = {kind}"] = WithDatabase(Fill(slot, text, model), database, slot[0] == "chat" ? "/help\n" : null);
            }
        }

        foreach (var slot in NumberSlots)
        {
            foreach (var number in HostileValues.Numbers)
            {
                cases[$"{Label(slot)} = '{number}'"] = WithDatabase(Fill(slot, number, model), database);
            }
        }

        foreach (var slot in PathSlots)
        {
            foreach (var kind in HostileValues.PathKinds)
            {
                var path = root == "/unused" ? kind : HostileValues.PathOf(kind, root);
                var args = Fill(slot, path, model);
                cases[$"{Label(slot)} = {kind} path"] = slot.Contains("--db")
                    ? new SweepCase(args, "/progress\n"u8.ToArray())
                    : WithDatabase(args, database);
            }
        }

        foreach (var verb in Verbs)
        {
            cases[$"{string.Join(' ', verb)} --bogus".Trim()] = WithDatabase([.. verb, "--bogus"], database);
        }

        cases["grade --answer - = invalid UTF-8 on stdin"] = WithDatabase(["grade", "--id", EntryId, "--answer", "-"], database, HostileValues.InvalidUtf8);
        cases["grade --answer - = empty stdin"] = WithDatabase(["grade", "--id", EntryId, "--answer", "-"], database, Array.Empty<byte>());
        cases["discord = no token"] = WithDatabase(["discord"], database);
        return cases;
    }

    private static string Label(string[] slot) => string.Join(' ', slot.Where(a => !a.Contains(' ')).Select(a => a == "{model}" ? "MODEL" : a).TakeWhile(a => a != "{}")) + " {}";

    private static string[] Fill(string[] slot, string value, string model) =>
        slot.Select(a => a == "{}" ? value : a == "{model}" ? model : a).ToArray();

    private static SweepCase WithDatabase(string[] args, string database, object? stdin = null) =>
        new([.. args, "--db", database], stdin switch
        {
            string text => Encoding.UTF8.GetBytes(text),
            byte[] bytes => bytes,
            _ => null,
        });
}
