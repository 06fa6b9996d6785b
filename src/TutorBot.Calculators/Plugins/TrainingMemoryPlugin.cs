using System.ComponentModel;
using Microsoft.SemanticKernel;
using TutorBot.Calculators.Architecture;
using TutorBot.Calculators.Arguments;
using TutorBot.Calculators.Presentation;
using TutorBot.Calculators.Presets;
using TutorBot.Core.Calculations;
using TutorBot.Core.Phrasing;

namespace TutorBot.Calculators.Plugins;

/// <summary>Per-GPU training memory: model states partitioned by ZeRO (Rajbhandari et al. 2020) plus optional activations.</summary>
public sealed class TrainingMemoryPlugin : ICalculator
{
    private static readonly string[] RecomputeModes = ["none", "selective", "full"];

    public string Name => "training-memory";

    public IReadOnlyList<string> ArgumentNames { get; } =
        ["model", "params", "optimizer", "zero", "gpus", "seq", "micro-batch", "hidden", "layers", "heads", "tp", "recompute", "sequence-parallel"];

    [KernelFunction("training_memory")]
    [Description("Per-GPU training memory: weights + gradients + optimizer states (16 bytes/param for mixed-precision AdamW), partitioned by ZeRO stage 0-3 over N data-parallel GPUs, plus optional activations (Korthikanti et al. 2022).")]
    public CalculationResult TrainingMemory(
        [Description("Model preset such as llama-2-7b")] string? model = null,
        [Description("Parameter count, e.g. 7.5B")] string? @params = null,
        [Description("adamw-mixed (default), adamw-fp32, adam-8bit or sgd-momentum")] string? optimizer = null,
        [Description("ZeRO stage 0, 1, 2 or 3; default 0")] string? zero = null,
        [Description("Data-parallel GPUs; default 1")] string? gpus = null,
        [Description("Sequence length; activations are counted only when given")] string? seq = null,
        [Description("Micro-batch size per GPU; default 1")] string? microBatch = null,
        [Description("Hidden size (for activations)")] string? hidden = null,
        [Description("Number of layers (for activations)")] string? layers = null,
        [Description("Number of attention heads (for activations)")] string? heads = null,
        [Description("Tensor-parallel degree; default 1")] string? tp = null,
        [Description("Activation recomputation: none (default), selective or full")] string? recompute = null,
        [Description("Sequence parallelism with tensor parallelism: yes or no (default)")] string? sequenceParallel = null) =>
        this.CalculateComplete(CalculatorArguments.Of(
            ("model", model), ("params", @params), ("optimizer", optimizer), ("zero", zero), ("gpus", gpus), ("seq", seq),
            ("micro-batch", microBatch), ("hidden", hidden), ("layers", layers), ("heads", heads), ("tp", tp),
            ("recompute", recompute), ("sequence-parallel", sequenceParallel)));

    public CalculationResult Calculate(CalculatorArguments arguments)
    {
        arguments.RejectUnknown(Name, ArgumentNames);
        var builder = new CalculationBuilder(Name);
        var shape = new ShapeReader(arguments, builder);
        var parameters = arguments.Count("params") ?? shape.Preset?.Params
            ?? arguments.Missing("params", "give --params (e.g. 7B) or --model", 1e9);
        builder.Input("params", parameters);
        var optimizer = Optimizer(arguments, builder);
        var stage = arguments.Stage("zero", 0, 3, 0);
        builder.Input("zero", stage);
        var gpus = arguments.Integer("gpus") ?? 1;
        builder.Input("gpus", gpus);
        var tp = arguments.Integer("tp") ?? 1;
        builder.Input("tp", tp);
        if (stage > 0 && gpus == 1)
        {
            builder.Assume("ZeRO over 1 GPU partitions nothing (give --gpus)", "ZeRO 只有 1 张卡时不切分任何状态（请给出 --gpus）");
        }

        if (tp > 1)
        {
            builder.Assume(
                $"tensor parallelism splits weights, gradients and optimizer states {tp} ways; --gpus counts data-parallel replicas",
                $"张量并行把权重、梯度和优化器状态切成 {tp} 份；--gpus 指数据并行的副本数");
        }

        var weights = Partitioned(builder, "Weights", "权重", parameters, optimizer.WeightBytes, stage >= 3 ? gpus : 1, tp);
        var gradients = Partitioned(builder, "Gradients", "梯度", parameters, optimizer.GradientBytes, stage >= 2 ? gpus : 1, tp);
        var states = Partitioned(builder, "Optimizer states", "优化器状态", parameters, optimizer.OptimizerBytes, stage >= 1 ? gpus : 1, tp);
        var perGpu = weights + gradients + states;
        builder.Step(
            $"Model states per GPU (ZeRO-{stage}, {gpus} GPUs)",
            $"每卡模型状态（ZeRO-{stage}，{gpus} 卡）",
            "weights + gradients + optimizer states", "权重 + 梯度 + 优化器状态",
            $"{Numbers.Grouped(weights)} + {Numbers.Grouped(gradients)} + {Numbers.Grouped(states)}",
            Quantity.Bytes(perGpu));

        builder.Value("weights_bytes", weights).Value("gradients_bytes", gradients).Value("optimizer_bytes", states);
        if (arguments.Has("seq"))
        {
            var activations = Activations(arguments, builder, shape, tp);
            builder.Value("activations_bytes", activations);
            builder.Step("Total per GPU", "每卡总计", "model states + activations", "模型状态 + 激活值", $"{Numbers.Grouped(perGpu)} + {Numbers.Grouped(activations)}", Quantity.Bytes(perGpu + activations));
            perGpu += activations;
        }
        else
        {
            builder.Assume("no --seq given: activations not counted", "未给出序列长度：不计激活值");
        }

        return builder.Value("per_gpu_bytes", perGpu).Build("per_gpu_bytes", QuantityUnit.Bytes);
    }

    private static OptimizerProfile Optimizer(CalculatorArguments arguments, CalculationBuilder builder)
    {
        var text = arguments.Text("optimizer");
        var optimizer = text is null
            ? OptimizerProfiles.All[0]
            : OptimizerProfiles.Find(text) ?? throw CalculationException.For("optimizer", l => Phrases.UnknownOptimizer(l, text, OptimizerProfiles.Names));
        builder.Input("optimizer", optimizer.Name);
        builder.Assume(optimizer.En, optimizer.Zh);
        return optimizer;
    }

    private static double Partitioned(CalculationBuilder builder, string en, string zh, double parameters, double bytesPerParam, int shards, int tp)
    {
        var divisor = (double)shards * tp;
        var bytes = parameters * bytesPerParam / divisor;
        var divisorText = (shards > 1, tp > 1) switch
        {
            (true, true) => " / (N × t)",
            (true, false) => " / N",
            (false, true) => " / t",
            _ => "",
        };
        var substitution = $"{Numbers.Grouped(parameters)} × {Numbers.Grouped(bytesPerParam)}" + (divisor > 1 ? $" / {Numbers.Grouped(divisor)}" : "");
        builder.Step(en, zh, "params × bytes" + divisorText, "参数量 × 每个参数的字节数" + divisorText, substitution, Quantity.Bytes(bytes));
        return bytes;
    }

    private static double Activations(CalculatorArguments arguments, CalculationBuilder builder, ShapeReader shape, int tp)
    {
        var seq = CommonArguments.Context(arguments, builder, "seq");
        var microBatch = CommonArguments.Batch(arguments, builder, "micro-batch");
        var layers = shape.Layers();
        var hidden = shape.RequiredHidden();
        var heads = arguments.Integer("heads") ?? shape.Preset?.Shape.Heads
            ?? arguments.Missing("heads", "needed for the attention term of the activations, or give --model", 1);
        if (hidden % heads != 0)
        {
            throw CalculationException.For("heads", l => Phrases.HeadsDoNotDivideHidden(l, heads, hidden, headDimHelps: false));
        }

        builder.Input("heads", heads);
        var recompute = arguments.Choice("recompute", RecomputeModes, "none");
        builder.Input("recompute", recompute);
        var sequenceParallel = arguments.Choice("sequence-parallel", ["yes", "no", "true", "false"], "no") is "yes" or "true";
        builder.Input("sequence-parallel", sequenceParallel ? "yes" : "no");
        builder.Assume(
            "activations in 16-bit, per Korthikanti et al. 2022 (s = seq, b = micro-batch, h = hidden, a = heads, t = tensor parallel)",
            "激活值按 16 位计算，公式见 Korthikanti 等 2022（s 序列长度，b 微批大小，h 隐藏维度，a 头数，t 张量并行度）");
        return ActivationFormula.Apply(builder, seq, microBatch, hidden, heads, layers, tp, recompute, sequenceParallel);
    }
}
