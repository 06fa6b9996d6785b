using System.ComponentModel;
using Microsoft.SemanticKernel;
using TutorBot.Calculators.Arguments;
using TutorBot.Calculators.Presentation;
using TutorBot.Core.Calculations;

namespace TutorBot.Calculators.Plugins;

/// <summary>
/// Speculative decoding (Leviathan et al. 2023, "Fast Inference from Transformers via Speculative Decoding"): a draft
/// proposes γ tokens, each accepted with probability α independently, so one target verification yields
/// (1 − α^(γ+1)) / (1 − α) tokens on average; with a draft step costing c target steps the speed-up is that over γc + 1.
/// </summary>
public sealed class SpeculativeDecodingPlugin : ICalculator
{
    public string Name => "speculative-decoding";

    public IReadOnlyList<string> ArgumentNames { get; } = ["acceptance", "draft-tokens", "draft-cost"];

    [KernelFunction("speculative_decoding")]
    [Description("Expected tokens per verification step = (1 − α^(γ+1)) / (1 − α) for acceptance rate α and γ draft tokens; speed-up = that / (γ × c + 1) for a draft step costing c target steps.")]
    public CalculationResult SpeculativeDecoding(
        [Description("Acceptance rate α per drafted token, e.g. 0.8 or 80%")] string? acceptance = null,
        [Description("Draft tokens γ proposed per step, e.g. 4")] string? draftTokens = null,
        [Description("Cost of one draft step relative to one target step, e.g. 0.05; optional")] string? draftCost = null) =>
        this.CalculateComplete(CalculatorArguments.Of(("acceptance", acceptance), ("draft-tokens", draftTokens), ("draft-cost", draftCost)));

    public CalculationResult Calculate(CalculatorArguments arguments)
    {
        arguments.RejectUnknown(Name, ArgumentNames);
        var builder = new CalculationBuilder(Name);
        var alpha = arguments.Fraction("acceptance") ?? arguments.Missing("acceptance", "acceptance rate α, e.g. 0.8", 0.5);
        var gamma = arguments.Integer("draft-tokens") ?? arguments.Missing("draft-tokens", "draft tokens γ per step, e.g. 4", 4);
        builder.Input("acceptance", alpha).Input("draft-tokens", gamma);
        builder.Assume(
            "each drafted token is accepted independently with probability α; the verification always adds one token of its own",
            "每个草稿 token 以概率 α 独立被接受；每次验证总会自己再产出一个 token");
        var expected = alpha >= 1 ? gamma + 1 : (1 - Math.Pow(alpha, gamma + 1)) / (1 - alpha);
        builder.Step("Tokens per verification step", "每次验证产出的 token", "(1 − α^(γ+1)) / (1 − α)", $"(1 − {Numbers.Grouped(alpha)}^{gamma + 1}) / (1 − {Numbers.Grouped(alpha)})", Quantity.Tokens(expected));
        builder.Value("expected_tokens", expected);
        if (arguments.Fraction("draft-cost", allowZero: true) is { } cost)
        {
            builder.Input("draft-cost", cost);
            var speedup = expected / (gamma * cost + 1);
            builder.Step("Speed-up", "加速比", "tokens per step / (γ × c + 1)", "每步 token 数 / (γ × c + 1)", $"{Numbers.Short(expected)} / ({gamma} × {Numbers.Grouped(cost)} + 1)", Quantity.Ratio(speedup));
            builder.Value("speedup", speedup);
        }

        return builder.Build("expected_tokens", QuantityUnit.Tokens);
    }
}
