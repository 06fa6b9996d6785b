using TutorBot.Core.Bank;
using YamlDotNet.RepresentationModel;

namespace TutorBot.Core.Ask.Evaluation;

/// <summary>
/// Reads questionbank/eval/conversation*.yaml: a list of {id, lang: zh|en|mixed, split: tune|holdout (default tune),
/// turns}, each turn "KIND | QUESTION | EXPECTED IDS | REPLY LANGUAGE" (see the file's header).
/// </summary>
public static class ConversationEvalSet
{
    private const string Refused = "-";
    private static readonly string[] Keys = ["id", "lang", "split", "turns"];

    /// <exception cref="FormatException">The text is not such a list; the message names the line and column.</exception>
    public static IReadOnlyList<EvalConversation> Read(string yaml)
    {
        var root = YamlList.Load(yaml, "a list of conversations");
        return root.Children.Select(Conversation).ToList();
    }

    private static EvalConversation Conversation(YamlNode node)
    {
        if (node is not YamlMappingNode mapping)
        {
            throw Error(node, "expected a conversation: a mapping with id, lang, split and turns");
        }

        var unknown = mapping.Children.Keys.OfType<YamlScalarNode>().FirstOrDefault(k => !Keys.Contains(k.Value));
        if (unknown is not null)
        {
            throw Error(unknown, $"unknown key '{unknown.Value}' (allowed: {string.Join(", ", Keys)})");
        }

        var language = Scalar(mapping, "lang") ?? throw Error(mapping, "'lang' is missing");
        if (!ConversationEvalReport.Languages.Contains(language))
        {
            throw Error(mapping, $"lang must be zh, en or mixed, not '{language}'");
        }

        var split = Scalar(mapping, "split") ?? EvalConversation.Tune;
        if (split is not (EvalConversation.Tune or EvalConversation.Holdout))
        {
            throw Error(mapping, $"split must be {EvalConversation.Tune} or {EvalConversation.Holdout}, not '{split}'");
        }

        if (Child(mapping, "turns") is not YamlSequenceNode { Children.Count: > 0 } turns)
        {
            throw Error(mapping, "'turns' must be a list of at least one turn");
        }

        var id = Scalar(mapping, "id") ?? throw Error(mapping, "'id' is missing");
        return new EvalConversation(id, language, split, turns.Children.Select(t => Turn(t, language)).ToList(), (int)mapping.Start.Line);
    }

    private static EvalTurn Turn(YamlNode node, string conversationLanguage)
    {
        if (node is not YamlScalarNode { Value: { } line })
        {
            throw Error(node, "a turn is one line: KIND | QUESTION | EXPECTED IDS [| REPLY LANGUAGE]");
        }

        var parts = line.Split('|', StringSplitOptions.TrimEntries);
        if (!Enum.TryParse<TurnKind>(parts[0], ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            throw Error(node, $"unknown turn kind '{parts[0]}' (allowed: {string.Join(", ", Enum.GetNames<TurnKind>().Select(n => n.ToLowerInvariant()))})");
        }

        if (kind == TurnKind.Command)
        {
            return parts.Length == 2 && parts[1].StartsWith('/')
                ? new EvalTurn(kind, parts[1], [], Language.En, (int)node.Start.Line)
                : throw Error(node, "a command turn is: command | /lang zh");
        }

        if (parts.Length is < 3 or > 4 || parts[1].Length == 0 || parts[2].Length == 0)
        {
            throw Error(node, "expected KIND | QUESTION | EXPECTED IDS (or '-') [| REPLY LANGUAGE]");
        }

        var expected = parts[2] == Refused ? [] : parts[2].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if ((kind == TurnKind.Offtopic) != (expected.Length == 0))
        {
            throw Error(node, "an offtopic turn, and only one, expects '-' (a refusal)");
        }

        var replyCode = parts.Length == 4 ? parts[3] : conversationLanguage;
        if (!LanguageDetector.TryParse(replyCode, out var reply) || replyCode == "mixed")
        {
            throw Error(node, $"the reply language must be zh or en (a mixed conversation names it per turn), not '{replyCode}'");
        }

        return new EvalTurn(kind, parts[1], expected, reply, (int)node.Start.Line);
    }

    private static YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.FirstOrDefault(p => p.Key is YamlScalarNode { Value: var name } && name == key).Value;

    private static string? Scalar(YamlMappingNode mapping, string key) =>
        Child(mapping, key) is YamlScalarNode { Value: { Length: > 0 } value } ? value.Trim() : null;

    private static FormatException Error(YamlNode node, string message) => new($"{node.Start.Line}:{node.Start.Column}: {message}");
}
