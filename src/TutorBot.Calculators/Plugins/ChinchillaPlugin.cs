using System.ComponentModel;
using Microsoft.SemanticKernel;
using TutorBot.Calculators.Arguments;
using TutorBot.Calculators.Presentation;
using TutorBot.Core.Calculations;
using TutorBot.Core.Phrasing;

namespace TutorBot.Calculators.Plugins;

/// <summary>
/// The Chinchilla compute-optimal split (Hoffmann et al. 2022): with C ≈ 6ND and about 20 training tokens per parameter,
/// N = √(C / (6 × 20)) and D = 20N; given N instead, D = 20N and C = 6ND. The paper's own fit: 70B on 1.4T tokens.
/// </summary>
public sealed class ChinchillaPlugin : ICalculator
{
    private const double DefaultRatio = 20;

    public string Name => "chinchilla";

    public IReadOnlyList<string> ArgumentNames { get; } = ["compute", "params", "tokens-per-param"];

    [KernelFunction("chinchilla")]
    [Description("Compute-optimal split: from compute C, params N = sqrt(C / (6 × r)) and tokens D = r × N; from params N, D = r × N and C = 6ND (r ≈ 20 tokens per parameter).")]
    public CalculationResult Chinchilla(
        [Description("Training compute in FLOPs, e.g. 5.76e23")] string? compute = null,
        [Description("Parameter count instead of compute, e.g. 70B")] string? @params = null,
        [Description("Tokens per parameter; default 20")] string? tokensPerParam = null) =>
        this.CalculateComplete(CalculatorArguments.Of(("compute", compute), ("params", @params), ("tokens-per-param", tokensPerParam)));

    public CalculationResult Calculate(CalculatorArguments arguments)
    {
        arguments.RejectUnknown(Name, ArgumentNames);
        var builder = new CalculationBuilder(Name);
        var ratio = arguments.Count("tokens-per-param");
        if (ratio is null)
        {
            builder.Assume("20 tokens per parameter (Hoffmann et al. 2022)", "每个参数约 20 个 token（Hoffmann 等 2022）");
        }

        builder.Input("tokens-per-param", ratio ?? DefaultRatio);
        var r = ratio ?? DefaultRatio;
        if (arguments.Has("compute") && arguments.Has("params"))
        {
            throw CalculationException.For("params", l => Phrases.OneOfTwo(l, "compute", "params"));
        }

        var given = arguments.Count("compute")
            ?? (arguments.Has("params") ? null : arguments.Missing<double?>("compute", "training FLOPs, e.g. 5.76e23, or give --params", 1e21));
        if (given is { } compute)
        {
            builder.Input("compute", compute);
            var parameters = Math.Sqrt(compute / (6 * r));
            builder.Step("Parameters", "参数量", "√(C / (6 × r))", $"√({Numbers.Scientific(compute)} / (6 × {Numbers.Grouped(r)}))", Quantity.Params(parameters));
            var tokens = r * parameters;
            builder.Step("Tokens", "训练 token 数", "r × N", $"{Numbers.Grouped(r)} × {Numbers.Scientific(parameters)}", Quantity.Tokens(tokens));
            return builder.Value("params", parameters).Value("tokens", tokens).Value("flops", compute).Build("params", QuantityUnit.Params);
        }

        var n = CommonArguments.Params(arguments, builder, null, "70B");
        var d = r * n;
        builder.Step("Tokens", "训练 token 数", "r × N", $"{Numbers.Grouped(r)} × {Numbers.Scientific(n)}", Quantity.Tokens(d));
        var flops = 6 * n * d;
        builder.Step("Compute", "计算量", "6 × N × D", $"6 × {Numbers.Scientific(n)} × {Numbers.Scientific(d)}", Quantity.Flops(flops));
        return builder.Value("params", n).Value("tokens", d).Value("flops", flops).Build("tokens", QuantityUnit.Tokens);
    }
}
