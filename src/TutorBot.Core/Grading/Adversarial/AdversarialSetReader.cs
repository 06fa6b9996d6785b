using TutorBot.Core.Bank;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TutorBot.Core.Grading.Adversarial;

/// <summary>
/// Reads questionbank/eval/adversarial.yaml: a list of {entry, lang: zh|en, split: tune|holdout, confused, paraphrase}.
/// </summary>
public static class AdversarialSetReader
{
    private static readonly string[] Keys = ["entry", "lang", "split", "confused", "paraphrase"];

    /// <exception cref="FormatException">The file is not such a list; the message names the line and column.</exception>
    public static IReadOnlyList<AdversarialCase> Read(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new FormatException($"{e.Start.Line}:{e.Start.Column}: YAML syntax error: {e.Message}");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlSequenceNode root)
        {
            throw new FormatException("1:1: expected a list of cases");
        }

        var cases = new List<AdversarialCase>();
        foreach (var node in root.Children)
        {
            if (node is not YamlMappingNode mapping)
            {
                throw Error(node, "expected a case: a mapping with entry, lang, split, confused and paraphrase");
            }

            var unknown = mapping.Children.Keys.OfType<YamlScalarNode>().FirstOrDefault(k => !Keys.Contains(k.Value));
            if (unknown is not null)
            {
                throw Error(unknown, $"unknown key '{unknown.Value}' (allowed: {string.Join(", ", Keys)})");
            }

            var language = Value(mapping, "lang") switch
            {
                "zh" => Language.Zh,
                "en" => Language.En,
                var other => throw Error(mapping, $"lang must be zh or en, not '{other}'"),
            };
            var split = Value(mapping, "split");
            if (split is not (AdversarialCase.Tune or AdversarialCase.Holdout))
            {
                throw Error(mapping, $"split must be {AdversarialCase.Tune} or {AdversarialCase.Holdout}, not '{split}'");
            }

            cases.Add(new AdversarialCase(Value(mapping, "entry"), language, split, Value(mapping, "confused"), Value(mapping, "paraphrase"), (int)mapping.Start.Line));
        }

        return cases;
    }

    private static string Value(YamlMappingNode mapping, string key) =>
        mapping.Children.FirstOrDefault(p => p.Key is YamlScalarNode { Value: var name } && name == key).Value is YamlScalarNode { Value: { Length: > 0 } value }
            ? value.Trim()
            : throw Error(mapping, $"'{key}' is missing or empty");

    private static FormatException Error(YamlNode node, string message) => new($"{node.Start.Line}:{node.Start.Column}: {message}");
}
