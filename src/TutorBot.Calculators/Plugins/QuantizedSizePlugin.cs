using System.ComponentModel;
using Microsoft.SemanticKernel;
using TutorBot.Calculators.Arguments;
using TutorBot.Calculators.Presentation;
using TutorBot.Core.Bank;
using TutorBot.Core.Calculations;

namespace TutorBot.Calculators.Plugins;

/// <summary>Weight size in a number format, counting GGUF block scales in the bits per weight.</summary>
public sealed class QuantizedSizePlugin : ICalculator
{
    public string Name => "quantized-size";

    public IReadOnlyList<string> ArgumentNames { get; } = ["model", "params", "format", "dtype"];

    [KernelFunction("quantized_size")]
    [Description("Size of a model's weights in a format: params × bits per weight / 8 (fp32, fp16, bf16, int8, int4, GGUF q8_0, q4_0, q4_k_m ... with block scales included).")]
    public CalculationResult QuantizedSize(
        [Description("Model preset such as llama-2-7b")] string? model = null,
        [Description("Parameter count, e.g. 7B")] string? @params = null,
        [Description("Format: fp32, fp16, bf16, int8, int4, q8_0, q6_k, q5_k_m, q4_0, q4_k_m, q3_k_m, q2_k ...")] string? format = null) =>
        this.CalculateComplete(CalculatorArguments.Of(("model", model), ("params", @params), ("format", format)));

    public CalculationResult Calculate(CalculatorArguments arguments)
    {
        arguments.RejectUnknown(Name, ArgumentNames);
        var builder = new CalculationBuilder(Name);
        var preset = CommonArguments.Model(arguments, builder);

        var parameters = CommonArguments.Params(arguments, builder, preset);
        if (!arguments.Has("format") && !arguments.Has("dtype"))
        {
            arguments.Missing("format", "e.g. fp16, int8, int4, q4_k_m", "fp16");
        }

        var format = CommonArguments.Dtype(arguments, builder, "format", "dtype");
        var bytes = parameters * format.BitsPerWeight / 8;
        builder.Step(
            $"Weights in {format.Name}",
            $"{format.Name} 权重",
            "params × bits per weight / 8", "参数量 × 每个权重的位数 / 8",
            new LocalizedText(
                $"{Numbers.Grouped(parameters)} × {Numbers.Grouped(format.BitsPerWeight)} / 8（{format.NoteZh}）",
                $"{Numbers.Grouped(parameters)} × {Numbers.Grouped(format.BitsPerWeight)} / 8 ({format.NoteEn})"),
            Quantity.Bytes(bytes));
        return builder
            .Value("bytes", bytes)
            .Value("bits_per_weight", format.BitsPerWeight)
            .Build("bytes", QuantityUnit.Bytes);
    }
}
