namespace TutorBot.Testing.Gguf;

/// <summary>
/// A SentencePiece-style vocabulary of about 450 tokens: control tokens (including ChatML's turn markers),
/// 256 byte-fallback tokens, single characters and common English word pieces.
/// </summary>
public sealed class TinyVocabulary
{
    public const int Unknown = 0;
    public const int BeginOfText = 1;
    public const int EndOfText = 2;

    private const int NormalType = 1;
    private const int UnknownType = 2;
    private const int ControlType = 3;
    private const int ByteType = 6;

    private static readonly string[] Words =
    [
        "the", "of", "and", "to", "in", "is", "that", "for", "it", "as", "with", "on", "are", "be", "this", "by",
        "an", "at", "or", "from", "model", "token", "cache", "memory", "attention", "layer", "head", "key", "value",
        "query", "batch", "size", "score", "point", "answer", "question", "GPU", "KV", "GB", "bytes", "yes", "no",
        "true", "false", "covered", "missed", "why", "how", "what", "more", "less", "about", "train", "training",
        "inference", "weight", "weights", "param", "params", "context", "length", "sequence", "fp", "int", "quant",
        "grad", "loss", "data", "time", "speed", "rank", "LoRA", "softmax", "scale", "norm", "rope", "position",
    ];

    private TinyVocabulary(List<string> tokens, List<float> scores, List<int> types)
    {
        Tokens = tokens;
        Scores = scores;
        Types = types;
    }

    public IReadOnlyList<string> Tokens { get; }

    public IReadOnlyList<float> Scores { get; }

    public IReadOnlyList<int> Types { get; }

    public int Count => Tokens.Count;

    public static TinyVocabulary Create()
    {
        var tokens = new List<string>();
        var scores = new List<float>();
        var types = new List<int>();
        void Add(string token, float score, int type)
        {
            tokens.Add(token);
            scores.Add(score);
            types.Add(type);
        }

        Add("<unk>", 0, UnknownType);
        Add("<s>", 0, ControlType);
        Add("</s>", 0, ControlType);
        Add("<|im_start|>", 0, ControlType);
        Add("<|im_end|>", 0, ControlType);
        for (var b = 0; b < 256; b++)
        {
            Add($"<0x{b:X2}>", 0, ByteType);
        }

        var pieces = new List<string> { "\u2581" };
        pieces.AddRange("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,:;!?'\"()[]{}-_+=*/<>#%&$@|\\~`^".Select(c => c.ToString()));
        pieces.AddRange(Words.Select(w => "\u2581" + w));
        pieces.AddRange(["\u2581{", "\u2581}", "\u2581\"", "\":", "\",", "\u25811", "\u25812", "\u25813", "\u25814", "\u25815"]);

        // Longer pieces score higher, so the SentencePiece merge prefers whole words.
        foreach (var piece in pieces.Distinct())
        {
            Add(piece, -1000f + piece.Length * 10f - tokens.Count * 0.01f, NormalType);
        }

        return new TinyVocabulary(tokens, scores, types);
    }
}
