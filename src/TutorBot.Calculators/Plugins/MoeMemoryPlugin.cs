using System.ComponentModel;
using Microsoft.SemanticKernel;
using TutorBot.Calculators.Architecture;
using TutorBot.Calculators.Arguments;
using TutorBot.Calculators.Presentation;
using TutorBot.Core.Calculations;
using TutorBot.Core.Phrasing;

namespace TutorBot.Calculators.Plugins;

/// <summary>
/// A mixture-of-experts model's memory follows its total parameters (every expert must be resident) while its compute
/// follows the active ones (the experts a token is routed to): Mixtral-8x7B holds 46.7B and runs 12.9B per token
/// (Jiang et al. 2024, "Mixtral of Experts").
/// </summary>
public sealed class MoeMemoryPlugin : ICalculator
{
    public string Name => "moe-memory";

    public IReadOnlyList<string> ArgumentNames { get; } = ["model", "experts", "top-k", "layers", "hidden", "heads", "kv-heads", "intermediate", "vocab", "dtype"];

    [KernelFunction("moe_memory")]
    [Description("MoE weights memory = total params (all experts) × bytes per weight; compute per token = 2 × active params (top-k experts). Llama-style blocks with gated expert MLPs.")]
    public CalculationResult MoeMemory(
        [Description("Model preset such as mixtral-8x7b; shape arguments override it")] string? model = null,
        [Description("Experts per MoE layer, e.g. 8")] string? experts = null,
        [Description("Experts each token is routed to, e.g. 2")] string? topK = null,
        [Description("Transformer layers")] string? layers = null,
        [Description("Hidden size d_model")] string? hidden = null,
        [Description("Query heads")] string? heads = null,
        [Description("Key/value heads (GQA)")] string? kvHeads = null,
        [Description("One expert's MLP intermediate size")] string? intermediate = null,
        [Description("Vocabulary size")] string? vocab = null,
        [Description("Weight format: fp16 (default), int8, int4 ...")] string? dtype = null) =>
        this.CalculateComplete(CalculatorArguments.Of(
            ("model", model), ("experts", experts), ("top-k", topK), ("layers", layers), ("hidden", hidden), ("heads", heads),
            ("kv-heads", kvHeads), ("intermediate", intermediate), ("vocab", vocab), ("dtype", dtype)));

    public CalculationResult Calculate(CalculatorArguments arguments)
    {
        arguments.RejectUnknown(Name, ArgumentNames);
        var builder = new CalculationBuilder(Name);
        var reader = new ShapeReader(arguments, builder);
        var preset = reader.Preset?.Shape;
        var layers = reader.Layers();
        var hidden = reader.RequiredHidden();
        var attention = reader.Attention();
        var intermediate = reader.Intermediate() ?? arguments.Missing("intermediate", "one expert's MLP size, e.g. 14336, or give --model", 64);
        var vocab = reader.Vocab() ?? arguments.Missing("vocab", "vocabulary size, e.g. 32000, or give --model", 64);
        var experts = arguments.Integer("experts") ?? preset?.Experts ?? arguments.Missing("experts", "experts per layer, e.g. 8", 8);
        var topK = arguments.Integer("top-k") ?? preset?.ExpertsPerToken ?? arguments.Missing("top-k", "experts per token, e.g. 2", 1);
        if (topK > experts)
        {
            throw CalculationException.For("top-k", l => Phrases.TopKAboveExperts(l, topK, experts));
        }

        builder.Input("experts", experts).Input("top-k", topK);
        var format = CommonArguments.Dtype(arguments, builder);
        var shape = new TransformerShape(ModelFamily.Llama, layers, hidden, attention.Heads ?? 1, attention.KvHeads ?? 1, attention.HeadDim ?? hidden, intermediate, vocab, Experts: experts, ExpertsPerToken: topK);
        var parts = ParameterBreakdown.Of(shape);
        builder.Assume(
            "Llama-style blocks: gated expert MLPs (3 matrices), a router of hidden × experts per layer, untied embeddings",
            "按 Llama 结构：专家为门控 MLP（3 个矩阵），每层路由器 隐藏维度 × 专家数，词嵌入不共享");
        builder.Step("One expert", "单个专家", "3 × h × intermediate", "3 × h × 中间维度", $"3 × {hidden} × {intermediate}", Quantity.Params(parts.ExpertMlp));
        builder.Step("Total parameters", "总参数量", "embeddings + layers × (attention + experts × expert + router + norms) + final norm", "词嵌入 + 层数 × (注意力 + 专家数 × 单个专家 + 路由 + 归一化) + 最终归一化",
            $"{Numbers.Grouped(parts.Embeddings)} + {layers} × ({Numbers.Grouped(parts.AttentionPerLayer)} + {experts} × {Numbers.Grouped(parts.ExpertMlp)} + {hidden * experts} + {Numbers.Grouped(parts.NormsAndBiasesPerLayer)}) + {Numbers.Grouped(parts.FinalNorm)}",
            Quantity.Params(parts.Total));
        builder.Step("Active parameters", "激活参数量", "total − layers × (experts − top-k) × expert", "总参数量 − 层数 × (专家数 − top-k) × 单个专家",
            $"{Numbers.Grouped(parts.Total)} − {layers} × {experts - topK} × {Numbers.Grouped(parts.ExpertMlp)}", Quantity.Params(parts.Active));
        var bytes = parts.Total * format.BytesPerValue;
        builder.Step("Weights memory", "权重显存", "total params × bytes per weight", "总参数量 × 每个权重的字节数", $"{Numbers.Grouped(parts.Total)} × {Numbers.Grouped(format.BytesPerValue)}", Quantity.Bytes(bytes));
        var flops = 2 * parts.Active;
        builder.Step("FLOPs per token", "每个 token 的计算量", "2 × active params", "2 × 激活参数量", $"2 × {Numbers.Grouped(parts.Active)}", Quantity.Flops(flops));
        return builder
            .Value("total_params", parts.Total)
            .Value("active_params", parts.Active)
            .Value("weights_bytes", bytes)
            .Value("flops_per_token", flops)
            .Build("weights_bytes", QuantityUnit.Bytes);
    }
}
