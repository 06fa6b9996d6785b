using System.Globalization;
using TutorBot.Calculators.Presets;
using TutorBot.Core.Calculations;
using TutorBot.Core.Phrasing;

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
            throw CalculationException.For(unknown, l => Phrases.NotAnArgumentOf(l, unknown, calculator, known));
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
            ?? throw CalculationException.For(name, l => Phrases.NotANumber(l, name, text));
        if (value <= 0)
        {
            throw CalculationException.For(name, l => Phrases.MustBePositive(l, name, text));
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
            throw CalculationException.For(name, l => Phrases.MustBeWhole(l, name, Text(name) ?? ""));
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
            throw CalculationException.For(name, l => Phrases.NotAWholeNumber(l, name, text));
        }

        if (value < min || value > max)
        {
            throw CalculationException.For(name, l => Phrases.OutOfRange(l, name, min, max, text));
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
            ?? throw CalculationException.For(name, l => Phrases.NotAFraction(l, name, text));
        var ok = allowZero ? value >= 0 && value < 10 : value > 0 && value <= 1;
        if (!ok)
        {
            throw CalculationException.For(name, l => Phrases.FractionOutOfRange(l, name, text, allowZero));
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
            ?? throw CalculationException.For(name, l => Phrases.UnknownWeightFormat(l, name, text, WeightFormats.Names));
    }

    public ModelPreset? Model()
    {
        if (Text("model") is not { } text)
        {
            return null;
        }

        return ModelPresets.Find(text)
            ?? throw CalculationException.For("model", l => Phrases.UnknownModel(l, text, ModelPresets.Names));
    }

    public GpuPreset? Gpu()
    {
        if (Text("gpu") is not { } text)
        {
            return null;
        }

        return GpuPresets.Find(text)
            ?? throw CalculationException.For("gpu", l => Phrases.UnknownGpu(l, text, GpuPresets.Names));
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
            ?? throw CalculationException.For(name, l => Phrases.UnknownValue(l, name, text, options));
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
