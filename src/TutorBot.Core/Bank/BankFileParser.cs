using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TutorBot.Core.Bank;

/// <summary>Parses one YAML file of the bank: a sequence of entries. Collects every error rather than stopping at the first.</summary>
internal sealed partial class BankFileParser
{
    private static readonly string[] EntryKeys = ["id", "topic", "difficulty", "kind", "question", "answer", "key_points", "followups", "stretch", "tags", "calc", "wrong"];
    private static readonly string[] KeyPointKeys = ["id", "weight", "zh", "en", "aliases", "binds", "contrast", "scaffold"];
    private static readonly string[] BindingKeys = ["subject", "property"];
    private static readonly string[] WrongKeys = ["subject", "claim", "zh", "en", "key_point"];
    private static readonly string[] FollowupKeys = ["zh", "en", "key_point"];
    private static readonly string[] TextKeys = ["zh", "en"];
    private static readonly string[] CalcKeys = ["calculator", "args"];

    private readonly string _file;
    private readonly List<BankError> _errors = [];

    private BankFileParser(string file) => _file = file;

    public static ParsedBankFile Parse(string file, string yaml)
    {
        var parser = new BankFileParser(file);
        var entries = parser.ParseDocument(yaml);
        return new ParsedBankFile(entries, parser._errors);
    }

    private List<(BankEntry, BankError)> ParseDocument(string yaml)
    {
        var entries = new List<(BankEntry, BankError)>();
        var stream = new YamlStream();
        var scanner = new Scanner(new StringReader(yaml));
        try
        {
            stream.Load(new Parser(scanner));
        }
        catch (YamlException ex)
        {
            _errors.Add(new BankError(_file, (int)ex.Start.Line, (int)ex.Start.Column, "YAML syntax error: " + InnermostMessage(ex)));
            return entries;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some malformed flow collections (e.g. an unclosed '[' followed by
            // a less indented line); it carries no position, so report where the scanner stopped.
            var stoppedAt = scanner.CurrentPosition;
            _errors.Add(new BankError(_file, (int)stoppedAt.Line, (int)stoppedAt.Column, "YAML syntax error: the scanner stopped here (look for an unclosed '[', '{' or quote above)"));
            return entries;
        }

        if (stream.Documents.Count == 0)
        {
            Error(1, 1, "the file is empty: expected a list of entries");
            return entries;
        }

        if (stream.Documents[0].RootNode is not YamlSequenceNode root)
        {
            Error(stream.Documents[0].RootNode, "expected a list of entries at the top level");
            return entries;
        }

        foreach (var node in root.Children)
        {
            if (node is not YamlMappingNode mapping)
            {
                Error(node, "expected an entry (a mapping with id, topic, question, ...)");
                continue;
            }

            var entry = ParseEntry(mapping);
            if (entry is not null)
            {
                entries.Add(entry.Value);
            }
        }

        return entries;
    }

    private (BankEntry, BankError)? ParseEntry(YamlMappingNode node)
    {
        var errorsBefore = _errors.Count;
        CheckKeys(node, EntryKeys, "entry");
        var id = RequiredScalar(node, "id", "entry");
        if (id is not null && !KebabCase().IsMatch(id))
        {
            Error(Child(node, "id")!, $"id '{id}' must be kebab-case (lowercase letters, digits and single hyphens)");
        }

        var topic = RequiredScalar(node, "topic", "entry");
        var difficulty = ParseDifficulty(node);
        var kind = ParseKind(node);
        var question = RequiredText(node, "question");
        var answer = RequiredText(node, "answer");
        var keyPoints = ParseKeyPoints(node);
        var followups = ParseFollowups(node, keyPoints, "followups");
        var stretch = ParseFollowups(node, keyPoints, "stretch");
        var tags = OptionalStringList(node, "tags");
        var calc = ParseCalc(node, kind);
        var wrong = ParseWrongClaims(node, keyPoints);

        if (_errors.Count > errorsBefore || id is null || topic is null || question is null || answer is null || kind is null)
        {
            return null;
        }

        var entry = new BankEntry(id, topic, difficulty, kind.Value, question, answer, keyPoints, followups, tags, calc)
        {
            SourceFile = _file,
            Stretch = stretch,
            Wrong = wrong,
        };
        var idNode = Child(node, "id")!;
        return (entry, new BankError(_file, Line(idNode), Column(idNode), ""));
    }

    private int ParseDifficulty(YamlMappingNode node)
    {
        var text = RequiredScalar(node, "difficulty", "entry");
        if (text is null)
        {
            return 0;
        }

        if (!int.TryParse(text, out var difficulty) || difficulty is < 1 or > 3)
        {
            Error(Child(node, "difficulty")!, $"difficulty must be 1, 2 or 3, not '{text}'");
        }

        return difficulty;
    }

    private EntryKind? ParseKind(YamlMappingNode node)
    {
        var text = RequiredScalar(node, "kind", "entry");
        switch (text)
        {
            case null:
                return null;
            case "concept":
                return EntryKind.Concept;
            case "calculation":
                return EntryKind.Calculation;
            case "open":
                return EntryKind.Open;
            default:
                Error(Child(node, "kind")!, $"kind must be concept, calculation or open, not '{text}'");
                return null;
        }
    }

    private List<KeyPoint> ParseKeyPoints(YamlMappingNode entry)
    {
        var keyPoints = new List<KeyPoint>();
        var node = Child(entry, "key_points");
        if (node is null)
        {
            Error(entry, "entry is missing 'key_points'");
            return keyPoints;
        }

        if (node is not YamlSequenceNode list)
        {
            Error(node, "key_points must be a list");
            return keyPoints;
        }

        if (list.Children.Count == 0)
        {
            Error(node, "key_points is empty: an entry needs at least one key point to grade against");
            return keyPoints;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode point)
            {
                Error(item, "a key point must be a mapping with id, weight, zh, en and aliases");
                continue;
            }

            CheckKeys(point, KeyPointKeys, "key point");
            var id = RequiredScalar(point, "id", "key point");
            if (id is not null && !seen.Add(id))
            {
                Error(Child(point, "id")!, $"duplicate key point id '{id}'");
            }

            var weight = ParseWeight(point);
            var zh = RequiredScalar(point, "zh", "key point");
            var en = RequiredScalar(point, "en", "key point");
            var aliases = OptionalStringList(point, "aliases", out var aliasPositions);
            var binds = ParseBindings(point, "binds", null);
            var contrast = ParseBindings(point, "contrast", binds);
            var scaffold = OptionalText(point, "scaffold");
            if (id is not null && zh is not null && en is not null)
            {
                keyPoints.Add(new KeyPoint(id, weight, new LocalizedText(zh, en), aliases)
                {
                    Binds = binds,
                    Contrast = contrast,
                    AliasPositions = aliasPositions,
                    Scaffold = scaffold,
                });
            }
        }

        return keyPoints;
    }

    private double ParseWeight(YamlMappingNode point)
    {
        var text = RequiredScalar(point, "weight", "key point");
        if (text is null)
        {
            return 0;
        }

        if (!double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var weight)
            || !(weight > 0) || double.IsInfinity(weight))
        {
            Error(Child(point, "weight")!, $"weight must be a positive number, not '{text}'");
        }

        return weight;
    }

    private List<Followup> ParseFollowups(YamlMappingNode entry, List<KeyPoint> keyPoints, string key)
    {
        var followups = new List<Followup>();
        var node = Child(entry, key);
        if (node is null)
        {
            return followups;
        }

        if (node is not YamlSequenceNode list)
        {
            Error(node, $"{key} must be a list");
            return followups;
        }

        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode followup)
            {
                Error(item, $"an item of {key} must be a mapping with zh, en and optionally key_point");
                continue;
            }

            CheckKeys(followup, FollowupKeys, $"an item of {key}");
            var zh = RequiredScalar(followup, "zh", $"an item of {key}");
            var en = RequiredScalar(followup, "en", $"an item of {key}");
            var keyPoint = OptionalScalar(followup, "key_point");
            if (keyPoint is not null && keyPoints.All(k => k.Id != keyPoint))
            {
                Error(Child(followup, "key_point")!, $"an item of {key} names key point '{keyPoint}', which this entry does not have");
            }

            if (zh is not null && en is not null)
            {
                followups.Add(new Followup(new LocalizedText(zh, en), keyPoint));
            }
        }

        return followups;
    }

    private CalcSpec? ParseCalc(YamlMappingNode entry, EntryKind? kind)
    {
        var node = Child(entry, "calc");
        if (node is null)
        {
            if (kind == EntryKind.Calculation)
            {
                Error(entry, "a calculation entry needs a 'calc' block (calculator and args)");
            }

            return null;
        }

        if (kind is not null && kind != EntryKind.Calculation)
        {
            Error(node, "only calculation entries may have a 'calc' block");
        }

        if (node is not YamlMappingNode calc)
        {
            Error(node, "calc must be a mapping with calculator and args");
            return null;
        }

        CheckKeys(calc, CalcKeys, "calc block");
        var calculator = RequiredScalar(calc, "calculator", "calc block");
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        switch (Child(calc, "args"))
        {
            case null:
                Error(calc, "calc block is missing 'args'");
                break;
            case YamlMappingNode args:
                foreach (var (key, value) in args.Children)
                {
                    var name = ((key as YamlScalarNode)?.Value ?? "").Trim();
                    if (value is YamlScalarNode { Value: { Length: > 0 } scalar } && name.Length > 0)
                    {
                        arguments[name] = scalar;
                    }
                    else if (value is YamlSequenceNode sequence && sequence.Children.All(c => c is YamlScalarNode) && name.Length > 0)
                    {
                        arguments[name] = string.Join(",", sequence.Children.Cast<YamlScalarNode>().Select(c => c.Value));
                    }
                    else
                    {
                        Error(value, $"calc argument '{name}' must be a non-empty value");
                    }
                }

                break;
            case var other:
                Error(other, "calc args must be a mapping of argument names to values");
                break;
        }

        return calculator is null ? null : new CalcSpec(calculator, arguments);
    }

    private LocalizedText? RequiredText(YamlMappingNode entry, string key)
    {
        if (Child(entry, key) is null)
        {
            Error(entry, $"entry is missing '{key}'");
            return null;
        }

        return OptionalText(entry, key);
    }

    private LocalizedText? OptionalText(YamlMappingNode parent, string key)
    {
        var node = Child(parent, key);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlMappingNode text)
        {
            Error(node, $"{key} must be a mapping with zh and en");
            return null;
        }

        CheckKeys(text, TextKeys, key);
        var zh = RequiredScalar(text, "zh", key);
        var en = RequiredScalar(text, "en", key);
        return zh is null || en is null ? null : new LocalizedText(zh, en);
    }

    private string? RequiredScalar(YamlMappingNode parent, string key, string what)
    {
        var node = Child(parent, key);
        if (node is null)
        {
            Error(parent, $"{what} is missing '{key}'" + (key is "zh" or "en" ? $" (every text needs both zh and en)" : ""));
            return null;
        }

        if (node is not YamlScalarNode { Value: var value } || string.IsNullOrWhiteSpace(value))
        {
            Error(node, $"'{key}' must be a non-empty text");
            return null;
        }

        return value.Trim();
    }

    private string? OptionalScalar(YamlMappingNode parent, string key)
    {
        var node = Child(parent, key);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlScalarNode { Value: var value } || string.IsNullOrWhiteSpace(value))
        {
            Error(node, $"'{key}' must be a non-empty text");
            return null;
        }

        return value.Trim();
    }

    private List<string> OptionalStringList(YamlMappingNode parent, string key) => OptionalStringList(parent, key, out _);

    private List<string> OptionalStringList(YamlMappingNode parent, string key, out List<BankPosition> positions)
    {
        positions = [];
        var node = Child(parent, key);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode list)
        {
            Error(node, $"{key} must be a list");
            return [];
        }

        var items = new List<string>();
        foreach (var item in list.Children)
        {
            if (item is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
            {
                items.Add(value.Trim());
                positions.Add(new BankPosition(Line(item), Column(item)));
            }
            else
            {
                Error(item, $"every item of {key} must be a non-empty text");
            }
        }

        return items;
    }

    private void CheckKeys(YamlMappingNode node, string[] allowed, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name))
            {
                Error(key, $"unknown key '{name}' in {what} (allowed: {string.Join(", ", allowed)})");
            }
            else if (!seen.Add(name))
            {
                Error(key, $"key '{name}' appears twice in {what}");
            }
        }
    }

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.FirstOrDefault(pair => pair.Key is YamlScalarNode { Value: var name } && name == key).Value;

    private void Error(YamlNode node, string message) => Error(Line(node), Column(node), message);

    private void Error(int line, int column, string message) => _errors.Add(new BankError(_file, line, column, message));

    private static int Line(YamlNode node) => (int)node.Start.Line;

    private static int Column(YamlNode node) => (int)node.Start.Column;

    private static string InnermostMessage(Exception ex) => ex.InnerException is null ? ex.Message : InnermostMessage(ex.InnerException);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
