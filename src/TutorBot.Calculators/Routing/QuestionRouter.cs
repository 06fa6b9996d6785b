using System.Text.RegularExpressions;
using TutorBot.Calculators.Presets;

namespace TutorBot.Calculators.Routing;

/// <summary>Turns a numeric question (zh or en) into a calculator name and the arguments the question states.</summary>
public sealed partial class QuestionRouter(IEnumerable<ICalculator> calculators)
{
    /// <summary>Where a calculator names a shared argument differently.</summary>
    private static readonly Dictionary<string, Dictionary<string, string>> Renames = new()
    {
        ["training-memory"] = new() { ["context"] = "seq", ["batch"] = "micro-batch" },
        ["quantized-size"] = new() { ["dtype"] = "format" },
    };

    private static readonly IReadOnlyList<(ModelPreset Preset, Regex Pattern)> ModelPatterns =
        ModelPresets.All.Select(p => (p, ModelPattern(p))).ToList();

    private readonly Dictionary<string, ICalculator> _calculators = calculators.ToDictionary(c => c.Name);

    public (string Calculator, IReadOnlyDictionary<string, string> Arguments)? Route(string question)
    {
        var text = QuestionText.Fold(question);
        var calculator = CalculatorDetector.Detect(text);
        if (calculator is null || !_calculators.TryGetValue(calculator, out var target))
        {
            return null;
        }

        var arguments = new Dictionary<string, string>();
        text = TakeModel(text, arguments);
        var statesAQuantity = arguments.Count > 0;
        var renames = Renames.GetValueOrDefault(calculator) ?? [];
        foreach (var pattern in ArgumentPatterns.All)
        {
            var name = renames.GetValueOrDefault(pattern.Argument, pattern.Argument);
            if (arguments.ContainsKey(name) || !target.ArgumentNames.Contains(name) || !pattern.AppliesTo(calculator))
            {
                continue;
            }

            var match = pattern.Pattern.Match(text);
            if (!match.Success)
            {
                continue;
            }

            arguments[name] = pattern.Read(match);
            statesAQuantity |= pattern.Value is null && arguments[name].Any(char.IsAsciiDigit);
            if (pattern.Consumes)
            {
                text = Blank(text, match);
            }
        }

        // "Why does GQA shrink the KV cache?" asks about a calculator's subject, not for a number.
        if (!statesAQuantity)
        {
            return null;
        }

        if (calculator == "lora-params" && !arguments.ContainsKey("targets") && LoraTargetsIn(text) is { } targets)
        {
            arguments["targets"] = targets;
        }

        if (calculator == "kv-cache" && !arguments.ContainsKey("context") && PerToken().IsMatch(text))
        {
            arguments["context"] = "1";
        }

        return (calculator, arguments);
    }

    private static string TakeModel(string text, Dictionary<string, string> arguments)
    {
        foreach (var (preset, pattern) in ModelPatterns)
        {
            var match = pattern.Match(text);
            if (match.Success)
            {
                arguments["model"] = preset.Name;
                return Blank(text, match);
            }
        }

        return text;
    }

    /// <summary>"llama-2-7b" matches "Llama 2 7B", "LLaMA-2-7b", "llama2 7b"; GPT-3 also matches without its size.</summary>
    private static Regex ModelPattern(ModelPreset preset)
    {
        var parts = Regex.Matches(preset.Name, @"[a-z]+|\d+(?:\.\d+)?[a-z]?").Select(m => Regex.Escape(m.Value));
        var pattern = string.Join(@"[\s_-]*", parts).Replace("b", @"\s*b");
        if (preset.Name == "gpt-3-175b")
        {
            pattern = @"gpt[\s_-]*3(?:[\s_-]*\(?175\s*b\)?)?";
        }

        return new Regex(@"(?<![a-z0-9])" + pattern + @"(?![a-z0-9])", RegexOptions.CultureInvariant);
    }

    /// <summary>The matrices a LoRA question names: "Wq and Wv", "q_proj, v_proj", "Q、V", "all linear layers".</summary>
    private static string? LoraTargetsIn(string text)
    {
        if (Regex.IsMatch(text, @"all (?:the )?linear|所有线性|全部线性|all (?:seven|7) (?:projection|matri)"))
        {
            return "all";
        }

        var found = Regex.Matches(text, @"(?<![a-z0-9])(?:w_?)?(?<t>[qkvo]|gate|up|down)(?:_proj)?(?![a-z0-9])")
            .Select(m => m.Groups["t"].Value)
            .Distinct()
            .ToList();
        return found.Count > 0 ? string.Join(",", found) : null;
    }

    [GeneratedRegex(@"per[\s-]token|每个?\s*token|单个\s*token")]
    private static partial Regex PerToken();

    private static string Blank(string text, Match match) =>
        string.Concat(text.AsSpan(0, match.Index), new string(' ', match.Length), text.AsSpan(match.Index + match.Length));
}
