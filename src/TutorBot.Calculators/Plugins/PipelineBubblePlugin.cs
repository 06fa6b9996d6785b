using System.ComponentModel;
using Microsoft.SemanticKernel;
using TutorBot.Calculators.Arguments;
using TutorBot.Calculators.Presentation;
using TutorBot.Core.Calculations;

namespace TutorBot.Calculators.Plugins;

/// <summary>
/// Pipeline bubble: with p stages and m micro-batches the idle time is (p − 1)/m of the ideal compute time, and
/// (p − 1)/(v·m) with v interleaved model chunks per GPU (Narayanan et al. 2021, "Efficient Large-Scale Language Model
/// Training on GPU Clusters Using Megatron-LM", section 2.2). As a share of the whole step it is (p − 1)/(v·m + p − 1).
/// </summary>
public sealed class PipelineBubblePlugin : ICalculator
{
    public string Name => "pipeline-bubble";

    public IReadOnlyList<string> ArgumentNames { get; } = ["stages", "micro-batches", "interleave"];

    [KernelFunction("pipeline_bubble")]
    [Description("Pipeline bubble fraction = (p − 1) / (v × m) of the ideal time: p stages, m micro-batches per step, v interleaved chunks per GPU (1 without interleaving).")]
    public CalculationResult PipelineBubble(
        [Description("Pipeline stages p, e.g. 8")] string? stages = null,
        [Description("Micro-batches per step m, e.g. 32")] string? microBatches = null,
        [Description("Interleaved model chunks per GPU v; default 1")] string? interleave = null) =>
        this.CalculateComplete(CalculatorArguments.Of(("stages", stages), ("micro-batches", microBatches), ("interleave", interleave)));

    public CalculationResult Calculate(CalculatorArguments arguments)
    {
        arguments.RejectUnknown(Name, ArgumentNames);
        var builder = new CalculationBuilder(Name);
        var p = arguments.Integer("stages") ?? arguments.Missing("stages", "pipeline stages p, e.g. 8", 2);
        var m = arguments.Integer("micro-batches") ?? arguments.Missing("micro-batches", "micro-batches per step m, e.g. 32", 64);
        var v = arguments.Integer("interleave");
        if (v is null)
        {
            builder.Assume("no interleaving (v = 1; not given)", "不交错（v = 1；未给出）");
        }

        builder.Input("stages", p).Input("micro-batches", m).Input("interleave", v ?? 1);
        double idle = p - 1;
        var work = (double)(v ?? 1) * m;
        var bubble = idle / work;
        builder.Step("Bubble over ideal time", "气泡占理想时间的比例", "(p − 1) / (v × m)", $"{p - 1} / ({v ?? 1} × {m})", Quantity.Fraction(bubble));
        var share = idle / (work + idle);
        builder.Step("Bubble share of the step", "气泡占整步时间的比例", "(p − 1) / (v × m + p − 1)", $"{p - 1} / ({v ?? 1} × {m} + {p - 1})", Quantity.Fraction(share));
        if (v > 1)
        {
            builder.Assume(
                $"interleaving sends {v} times as many activations between stages; m must be a multiple of p",
                $"交错调度让阶段间的激活通信变为 {v} 倍；m 需为 p 的整数倍");
        }

        return builder
            .Value("bubble", bubble)
            .Value("step_share", share)
            .Build("bubble", QuantityUnit.Fraction);
    }
}
