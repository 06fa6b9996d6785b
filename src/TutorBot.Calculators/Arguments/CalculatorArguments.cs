using System.Globalization;
using TutorBot.Calculators.Presets;
using TutorBot.Core.Calculations;

namespace TutorBot.Calculators.Arguments;

/// <summary>
/// A calculator's arguments as given (kebab-case names, values as people write them), with typed readers that
/// throw <see cref="CalculationException"/> naming the argument when a value is malformed or out of range; absent
/// essential arguments are recorded in <see cref="MissingArguments"/> instead.
/// </summary>
public sealed class CalculatorArguments
{
    private readonly Dictionary<string, string> _values;
    private readonly List<MissingArgument> _missing = [];

    public CalculatorArguments(IEnumerable<KeyValuePair<string, string?>> values)
    {
        _values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in values)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                _values[Kebab(name)] = value.Trim();
            }
        }
    }

    public static CalculatorArguments Of(params (string Name, string? Value)[] values) =>
        new(values.Select(v => new KeyValuePair<string, string?>(v.Name, v.Value)));

    public IReadOnlyDictionary<string, string> Given => _values;

    /// <summary>The essential arguments found absent so far, in the order the calculation needed them.</summary>
    public IReadOnlyList<MissingArgument> MissingArguments => _missing;

    public bool Has(string name) => _values.ContainsKey(name);

    public string? Text(string name) => _values.GetValueOrDefault(name);

    /// <summary>Rejects names the calculator does not know, so a typo is not silently ignored.</summary>
    public void RejectUnknown(string calculator, IReadOnlyCollection<string> known)
    {
        var unknown = _values.Keys.FirstOrDefault(k => !known.Contains(k, StringComparer.OrdinalIgnoreCase));
        if (unknown is not null)
        {
            throw new CalculationException(unknown, $"{unknown}: not an argument of {calculator} (it takes {string.Join(", ", known)})", $"--{unknown}：不是 {calculator} 的参数（它接受 {string.Join("、", known.Select(k => "--" + k))}）");
        }
    }

    /// <summary>A positive count: "7B", "2k" (2048 when <paramref name="binaryThousands"/>), "4096", "175e9".</summary>
    public double? Count(string name, bool binaryThousands = false)
    {
        if (Text(name) is not { } text)
        {
            return null;
        }

        var value = QuantityParser.ParseCount(text, binaryThousands)
            ?? throw new CalculationException(name, $"{name}: cannot read '{text}' as a number (examples: 7B, 4096, 2k, 1.5T)", $"--{name}：无法把 '{text}' 读成数字（例如 7B、4096、2k、1.5T）");
        if (value <= 0)
        {
            throw new CalculationException(name, $"{name}: must be greater than zero (got {text})", $"--{name}：必须大于零（给出的是 {text}）");
        }

        return value;
    }

    public double RequiredCount(string name, string hint, double placeholder, bool binaryThousands = false) =>
        Count(name, binaryThousands) ?? Missing(name, hint, placeholder);

    /// <summary>A positive whole number, e.g. layers or heads.</summary>
    public int? Integer(string name, bool binaryThousands = false)
    {
        if (Count(name, binaryThousands) is not { } value)
        {
            return null;
        }

        if (value != Math.Floor(value) || value > int.MaxValue)
        {
            throw new CalculationException(name, $"{name}: must be a whole number (got {Text(name)})", $"--{name}：必须是整数（给出的是 {Text(name)}）");
        }

        return (int)value;
    }

    /// <summary>A whole number in [min, max], e.g. the ZeRO stage.</summary>
    public int Stage(string name, int min, int max, int fallback)
    {
        if (Text(name) is not { } text)
        {
            return fallback;
        }

        var digits = text.Trim().ToLowerInvariant().Replace("zero", "").Replace("stage", "").Trim(' ', '-', '_');
        if (!int.TryParse(digits, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            throw new CalculationException(name, $"{name}: cannot read '{text}' as a whole number", $"--{name}：无法把 '{text}' 读成整数");
        }

        if (value < min || value > max)
        {
            throw new CalculationException(name, $"{name}: must be between {min} and {max} (got {text})", $"--{name}：必须在 {min} 到 {max} 之间（给出的是 {text}）");
        }

        return value;
    }

    /// <summary>A fraction in (0, 1], or [0, 1) with <paramref name="allowZero"/>: "0.3" or "30%".</summary>
    public double? Fraction(string name, bool allowZero = false)
    {
        if (Text(name) is not { } text)
        {
            return null;
        }

        var value = QuantityParser.ParseFraction(text)
            ?? throw new CalculationException(name, $"{name}: cannot read '{text}' as a fraction (examples: 0.3, 30%)", $"--{name}：无法把 '{text}' 读成比例（例如 0.3、30%）");
        var ok = allowZero ? value >= 0 && value < 10 : value > 0 && value <= 1;
        if (!ok)
        {
            throw new CalculationException(
                name,
                allowZero
                    ? $"{name}: must be zero or more, as a fraction (0.2) or percent (20%) (got {text})"
                    : $"{name}: must be a fraction between 0 and 1, e.g. 0.3 or 30% (got {text})",
                allowZero
                    ? $"--{name}：必须大于或等于零，写成比例（0.2）或百分数（20%）（给出的是 {text}）"
                    : $"--{name}：必须是 0 到 1 之间的比例，例如 0.3 或 30%（给出的是 {text}）");
        }

        return value;
    }

    public WeightFormat? Format(string name)
    {
        if (Text(name) is not { } text)
        {
            return null;
        }

        return WeightFormats.Find(text)
            ?? throw new CalculationException(name, $"{name}: unknown format '{text}' (known: {string.Join(", ", WeightFormats.Names)})", $"--{name}：未知的数值格式 '{text}'（可选：{string.Join("、", WeightFormats.Names)}）");
    }

    public ModelPreset? Model()
    {
        if (Text("model") is not { } text)
        {
            return null;
        }

        return ModelPresets.Find(text)
            ?? throw new CalculationException("model", $"model: unknown model '{text}' (known: {string.Join(", ", ModelPresets.Names)})", $"--model：未知的模型 '{text}'（可选：{string.Join("、", ModelPresets.Names)}）");
    }

    public GpuPreset? Gpu()
    {
        if (Text("gpu") is not { } text)
        {
            return null;
        }

        return GpuPresets.Find(text)
            ?? throw new CalculationException("gpu", $"gpu: unknown GPU '{text}' (known: {string.Join(", ", GpuPresets.Names)}; or give --peak-tflops)", $"--gpu：未知的 GPU '{text}'（可选：{string.Join("、", GpuPresets.Names)}；或给出 --peak-tflops）");
    }

    /// <summary>One of a fixed set of words, compared without case, spaces or hyphens.</summary>
    public string Choice(string name, IReadOnlyList<string> options, string fallback)
    {
        if (Text(name) is not { } text)
        {
            return fallback;
        }

        var key = Squash(text);
        return options.FirstOrDefault(o => Squash(o) == key)
            ?? throw new CalculationException(name, $"{name}: unknown value '{text}' (one of: {string.Join(", ", options)})", $"--{name}：未知的取值 '{text}'（可选：{string.Join("、", options)}）");
    }

    /// <summary>
    /// Records an essential argument as absent and returns <paramref name="placeholder"/>, a valid stand-in, so that
    /// the calculation goes on and finds every other absent argument in the same run; its result is then discarded.
    /// </summary>
    public T Missing<T>(string name, string hint, T placeholder)
    {
        if (_missing.All(m => m.Name != name))
        {
            _missing.Add(new MissingArgument(name, hint));
        }

        return placeholder;
    }

    private static string Squash(string text) => text.ToLowerInvariant().Replace("-", "").Replace("_", "").Replace(" ", "");

    private static string Kebab(string name)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var c in name.Trim().TrimStart('-'))
        {
            if (char.IsUpper(c) && builder.Length > 0)
            {
                builder.Append('-');
            }

            builder.Append(c == '_' ? '-' : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
