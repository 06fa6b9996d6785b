using System.ComponentModel;
using Microsoft.SemanticKernel;
using TutorBot.Calculators.Architecture;
using TutorBot.Calculators.Arguments;
using TutorBot.Calculators.Presentation;
using TutorBot.Core.Calculations;

namespace TutorBot.Calculators.Plugins;

/// <summary>Parameter count of a decoder-only transformer, Llama style (gated MLP, untied) or GPT style (12h² per layer).</summary>
public sealed class ParamCountPlugin : ICalculator
{
    private static readonly string[] Architectures = ["llama", "gpt"];

    public string Name => "param-count";

    public IReadOnlyList<string> ArgumentNames { get; } =
        ["model", "layers", "hidden", "vocab", "intermediate", "heads", "kv-heads", "head-dim", "architecture"];

    [KernelFunction("param_count")]
    [Description("Parameter count of a decoder-only transformer from its shape: attention, MLP (gated for Llama style), norms and embeddings.")]
    public CalculationResult ParamCount(
        [Description("Model preset such as llama-2-7b or gpt-3-175b")] string? model = null,
        [Description("Number of layers")] string? layers = null,
        [Description("Hidden size (d_model)")] string? hidden = null,
        [Description("Vocabulary size; embeddings are left out when absent")] string? vocab = null,
        [Description("MLP intermediate size; default 4 × hidden for GPT style")] string? intermediate = null,
        [Description("Number of query heads")] string? heads = null,
        [Description("Number of key/value heads (GQA/MQA)")] string? kvHeads = null,
        [Description("Size of one head; defaults to hidden / heads")] string? headDim = null,
        [Description("llama (gated MLP, untied embeddings) or gpt (two-matrix MLP, biases, tied embeddings); default llama when intermediate is given, else gpt")] string? architecture = null) =>
        this.CalculateComplete(CalculatorArguments.Of(
            ("model", model), ("layers", layers), ("hidden", hidden), ("vocab", vocab), ("intermediate", intermediate),
            ("heads", heads), ("kv-heads", kvHeads), ("head-dim", headDim), ("architecture", architecture)));

    public CalculationResult Calculate(CalculatorArguments arguments)
    {
        arguments.RejectUnknown(Name, ArgumentNames);
        var builder = new CalculationBuilder(Name);
        var reader = new ShapeReader(arguments, builder);
        var layers = reader.Layers();
        var hidden = reader.RequiredHidden();
        var attention = reader.Attention();
        var family = Family(arguments, builder, reader);
        var intermediate = reader.Intermediate();
        if (intermediate is null)
        {
            if (family == ModelFamily.Llama)
            {
                arguments.Missing("intermediate", "the gated MLP's size, e.g. 11008, or give --model", 0);
            }

            intermediate = 4 * hidden;
            builder.Input("intermediate", intermediate.Value);
            builder.Assume("MLP intermediate size 4 × hidden (not given)", "MLP 中间维度取 4 × 隐藏维度（未给出）");
        }

        var vocab = reader.Vocab();
        if (vocab is null)
        {
            builder.Assume("no vocab given: embeddings not counted", "未给出词表大小：不计词嵌入");
        }

        var preset = reader.Preset;
        var custom = preset is null || arguments.Has("layers") || arguments.Has("hidden") || arguments.Has("intermediate");
        var shape = custom
            ? new TransformerShape(family, layers, hidden, attention.Heads ?? 1, attention.KvHeads ?? 1, attention.HeadDim ?? hidden, intermediate.Value, vocab ?? 0, TiedEmbeddings: family == ModelFamily.Gpt)
            : preset!.Shape with { Vocab = vocab ?? 0 };
        var parts = ParameterBreakdown.Of(shape);
        Steps(builder, shape, parts);
        return builder
            .Value("params", parts.Total)
            .Value("per_layer_params", parts.PerLayer)
            .Value("embedding_params", parts.Embeddings)
            .Build("params", QuantityUnit.Params);
    }

    private static ModelFamily Family(CalculatorArguments arguments, CalculationBuilder builder, ShapeReader reader)
    {
        ModelFamily family;
        if (arguments.Has("architecture"))
        {
            family = arguments.Choice("architecture", Architectures, "llama") == "gpt" ? ModelFamily.Gpt : ModelFamily.Llama;
        }
        else if (reader.Preset is { } preset)
        {
            family = preset.Shape.Family;
        }
        else
        {
            family = arguments.Has("intermediate") ? ModelFamily.Llama : ModelFamily.Gpt;
            builder.Assume(
                family == ModelFamily.Llama
                    ? "Llama-style block (gated MLP with 3 matrices, RMSNorm, untied embeddings); set --architecture gpt for a 2-matrix MLP"
                    : "GPT-style block (2-matrix MLP, biases, LayerNorm, tied embeddings): about 12h² per layer; set --architecture llama for a gated MLP",
                family == ModelFamily.Llama
                    ? "按 Llama 结构计算（门控 MLP 3 个矩阵，RMSNorm，输入输出词嵌入不共享）；可用 --architecture gpt 改为 2 矩阵 MLP"
                    : "按 GPT 结构计算（2 矩阵 MLP，带偏置和 LayerNorm，词嵌入共享）：每层约 12h²；可用 --architecture llama 改为门控 MLP");
        }

        builder.Input("architecture", family == ModelFamily.Gpt ? "gpt" : "llama");
        return family;
    }

    private static void Steps(CalculationBuilder builder, TransformerShape s, ParameterBreakdown parts)
    {
        var gpt = s.Family == ModelFamily.Gpt;
        builder.Step(
            "Attention per layer",
            "每层注意力",
            "h × q_width + 2 × h × kv_width + q_width × h", "h × Q 宽度 + 2 × h × KV 宽度 + Q 宽度 × h",
            $"{s.Hidden} × {s.QueryWidth} + 2 × {s.Hidden} × {s.KvWidth} + {s.QueryWidth} × {s.Hidden}",
            Quantity.Params(parts.AttentionPerLayer));
        builder.Step(
            "MLP per layer",
            "每层 MLP",
            (gpt ? "2 × h × intermediate" : "3 × h × intermediate") + (s.Experts > 1 ? " × experts + h × experts (router)" : ""), (gpt ? "2 × h × 中间维度" : "3 × h × 中间维度") + (s.Experts > 1 ? " × 专家数 + h × 专家数（路由）" : ""),
            $"{(gpt ? 2 : 3)} × {s.Hidden} × {s.Intermediate}" + (s.Experts > 1 ? $" × {s.Experts} + {s.Hidden} × {s.Experts}" : ""),
            Quantity.Params(parts.MlpPerLayer));
        builder.Step(
            "Norms and biases per layer",
            "每层归一化和偏置",
            gpt ? "biases (q, k, v, o, MLP) + 2 LayerNorms × 2h" : s.AttentionBias ? "2 RMSNorms × h + q, k, v biases" : "2 RMSNorms × h", gpt ? "偏置（q、k、v、o、MLP）+ 2 个 LayerNorm × 2h" : s.AttentionBias ? "2 个 RMSNorm × h + q、k、v 偏置" : "2 个 RMSNorm × h",
            gpt ? $"{s.QueryWidth} + 2 × {s.KvWidth} + {s.Hidden} + {s.Intermediate} + {s.Hidden} + 4 × {s.Hidden}" : $"2 × {s.Hidden}" + (s.AttentionBias ? $" + {s.QueryWidth} + 2 × {s.KvWidth}" : ""),
            Quantity.Params(parts.NormsAndBiasesPerLayer));
        builder.Step(
            "Embeddings",
            "词嵌入",
            (s.TiedEmbeddings ? "vocab × h" : "2 × vocab × h (input and output)") + (s.LearnedPositions > 0 ? " + positions × h" : ""), (s.TiedEmbeddings ? "词表大小 × h" : "2 × 词表大小 × h（输入和输出）") + (s.LearnedPositions > 0 ? " + 位置数 × h" : ""),
            $"{(s.TiedEmbeddings ? "" : "2 × ")}{s.Vocab} × {s.Hidden}" + (s.LearnedPositions > 0 ? $" + {s.LearnedPositions} × {s.Hidden}" : ""),
            Quantity.Params(parts.Embeddings));
        builder.Step(
            "Total",
            "总计",
            "layers × per layer + embeddings + final norm", "层数 × 每层 + 词嵌入 + 最终归一化",
            $"{s.Layers} × {Numbers.Grouped(parts.PerLayer)} + {Numbers.Grouped(parts.Embeddings)} + {Numbers.Grouped(parts.FinalNorm)}",
            Quantity.Params(parts.Total));
    }
}
