using System.ComponentModel;
using Microsoft.SemanticKernel;
using TutorBot.Calculators.Architecture;
using TutorBot.Calculators.Arguments;
using TutorBot.Calculators.Presentation;
using TutorBot.Core.Calculations;

namespace TutorBot.Calculators.Plugins;

/// <summary>LoRA trainable parameters (Hu et al. 2021): r × (d_in + d_out) per adapted matrix, per layer.</summary>
public sealed class LoraParamsPlugin : ICalculator
{
    public string Name => "lora-params";

    public IReadOnlyList<string> ArgumentNames { get; } =
        ["model", "layers", "hidden", "heads", "kv-heads", "head-dim", "intermediate", "rank", "targets", "params"];

    [KernelFunction("lora_params")]
    [Description("LoRA trainable parameters: r × (d_in + d_out) for each adapted matrix (q,k,v,o,gate,up,down; k/v narrower under GQA) over all layers, and the fraction of the base model.")]
    public CalculationResult LoraParams(
        [Description("Model preset such as llama-2-7b")] string? model = null,
        [Description("Number of layers")] string? layers = null,
        [Description("Hidden size (d_model)")] string? hidden = null,
        [Description("Number of query heads")] string? heads = null,
        [Description("Number of key/value heads (GQA/MQA)")] string? kvHeads = null,
        [Description("Size of one head; defaults to hidden / heads")] string? headDim = null,
        [Description("MLP intermediate size (needed for gate, up, down)")] string? intermediate = null,
        [Description("LoRA rank r, e.g. 8")] string? rank = null,
        [Description("Adapted matrices, comma separated: q,k,v,o,gate,up,down; default q,v")] string? targets = null,
        [Description("Base model parameter count for the fraction, e.g. 7B (taken from the model preset when given)")] string? @params = null) =>
        this.CalculateComplete(CalculatorArguments.Of(
            ("model", model), ("layers", layers), ("hidden", hidden), ("heads", heads), ("kv-heads", kvHeads), ("head-dim", headDim),
            ("intermediate", intermediate), ("rank", rank), ("targets", targets), ("params", @params)));

    public CalculationResult Calculate(CalculatorArguments arguments)
    {
        arguments.RejectUnknown(Name, ArgumentNames);
        var builder = new CalculationBuilder(Name);
        var shape = new ShapeReader(arguments, builder);
        var layers = shape.Layers();
        var hidden = shape.RequiredHidden();
        var attention = shape.Attention();
        var rank = arguments.Integer("rank") ?? arguments.Missing("rank", "the LoRA rank r, e.g. 8", 8);
        builder.Input("rank", rank);
        var targets = arguments.Text("targets") is { } text ? LoraTargets.Parse(text) : ["q", "v"];
        if (!arguments.Has("targets"))
        {
            builder.Assume("targets q,v (the LoRA paper's choice; not given)", "目标矩阵取 q,v（LoRA 论文的做法；未给出）");
        }

        builder.Input("targets", string.Join(",", targets));
        var intermediate = targets.Any(t => t is "gate" or "up" or "down")
            ? shape.Intermediate() ?? arguments.Missing("intermediate", "needed for gate/up/down targets, or give --model", 64)
            : 0;

        double perLayer = 0;
        foreach (var target in targets)
        {
            var (dIn, dOut) = target switch
            {
                "q" => (hidden, attention.QueryWidth),
                "k" or "v" => (hidden, attention.KvWidth),
                "o" => (attention.QueryWidth, (long)hidden),
                "gate" or "up" => (hidden, (long)intermediate),
                _ => ((long)intermediate, (long)hidden),
            };
            var matrix = (double)rank * (dIn + dOut);
            builder.Step($"{target} adapter", $"{target} 适配器", "r × (d_in + d_out)", $"{rank} × ({dIn} + {dOut})", Quantity.Params(matrix));
            perLayer += matrix;
        }

        var trainable = perLayer * layers;
        builder.Step("Trainable parameters", "可训练参数", "per layer × layers", "每层 × 层数", $"{Numbers.Grouped(perLayer)} × {layers}", Quantity.Params(trainable));
        builder.Value("trainable_params", trainable).Value("per_layer_params", perLayer);

        var baseParams = arguments.Count("params") ?? shape.Preset?.Params;
        if (baseParams is { } total)
        {
            builder.Input("params", total);
            var fraction = trainable / total;
            builder.Step("Fraction of the base model", "占基座模型比例", "trainable / params", "可训练参数 / 参数量", $"{Numbers.Grouped(trainable)} / {Numbers.Grouped(total)}", Quantity.Fraction(fraction));
            builder.Value("base_params", total).Value("fraction", fraction);
        }

        return builder.Build("trainable_params", QuantityUnit.Params);
    }
}
