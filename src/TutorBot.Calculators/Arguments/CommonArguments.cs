using TutorBot.Calculators.Presentation;
using TutorBot.Calculators.Presets;
using TutorBot.Core.Calculations;

namespace TutorBot.Calculators.Arguments;

/// <summary>Arguments several calculators share, read with their stated defaults.</summary>
public static class CommonArguments
{
    public static int Context(CalculatorArguments arguments, CalculationBuilder builder, string name = "context")
    {
        var context = arguments.Integer(name, binaryThousands: true)
            ?? throw CalculatorArguments.Missing(name, "tokens per sequence, e.g. 4096 or 4k");
        if (arguments.Text(name)!.Contains('k', StringComparison.OrdinalIgnoreCase))
        {
            builder.Assume($"{name} {arguments.Text(name)} read as {context:#,0} tokens (k = 1024)", $"{name} {arguments.Text(name)} 按 {context:#,0} 个 token 计（k = 1024）");
        }

        builder.Input(name, context);
        return context;
    }

    public static int Batch(CalculatorArguments arguments, CalculationBuilder builder, string name = "batch")
    {
        var batch = arguments.Integer(name);
        if (batch is null)
        {
            builder.Assume($"{name} 1 (not given)", $"{name} 取 1（未给出）");
        }

        builder.Input(name, batch ?? 1);
        return batch ?? 1;
    }

    /// <summary>The number format from --dtype (or a synonym such as --format); fp16 when neither is given.</summary>
    public static WeightFormat Dtype(CalculatorArguments arguments, CalculationBuilder builder, string primary = "dtype", string? synonym = null)
    {
        var first = arguments.Format(primary);
        var second = synonym is null ? null : arguments.Format(synonym);
        if (synonym is not null && first is not null && second is not null && first != second)
        {
            throw new CalculationException(synonym, $"{synonym}: '{arguments.Text(synonym)}' contradicts {primary} '{arguments.Text(primary)}'");
        }

        var format = first ?? second;
        if (format is null)
        {
            builder.Assume("fp16 (2 bytes per value; not given)", "按 fp16 计（每个值 2 字节；未给出）");
        }

        format ??= WeightFormats.Find("fp16")!;
        builder.Input(primary, format.Name);
        return format;
    }
}
