using Microsoft.SemanticKernel;
using TutorBot.Calculators.Plugins;
using TutorBot.Core.Calculations;

namespace TutorBot.Calculators.Tests.Plugins;

/// <summary>Each plugin imports into a Kernel and gives through kernel.InvokeAsync what the service (and so the CLI) gives.</summary>
public sealed class KernelImportTests
{
    public static TheoryData<Type, string, string, string> Calls => new()
    {
        // plugin type, kernel function, calculator, arguments (kebab-case; snake_case for the kernel is derived)
        { typeof(KvCachePlugin), "kv_cache", "kv-cache", "model=llama-2-70b; context=32k; batch=8" },
        { typeof(InferenceMemoryPlugin), "inference_memory", "inference-memory", "params=7B; dtype=fp16; context=2048; batch=4" },
        { typeof(TrainingMemoryPlugin), "training_memory", "training-memory", "params=7.5B; zero=2; gpus=64; seq=2048; hidden=4096; layers=32; heads=32" },
        { typeof(TrainingTimePlugin), "training_time", "training-time", "params=175B; tokens=300B; gpus=1000; gpu=a100; mfu=0.3" },
        { typeof(LoraParamsPlugin), "lora_params", "lora-params", "model=llama-3-8b; rank=16; targets=q,k,v,o,gate,up,down" },
        { typeof(ParamCountPlugin), "param_count", "param-count", "model=qwen2.5-7b" },
        { typeof(QuantizedSizePlugin), "quantized_size", "quantized-size", "model=llama-2-13b; format=q4_k_m" },
        { typeof(DecodeRooflinePlugin), "decode_roofline", "decode-roofline", "model=llama-2-7b; batch=8; gpu=h100" },
        { typeof(MfuPlugin), "mfu", "mfu", "params=7B; tokens-per-second=24000; gpus=8; gpu=a100; recompute=full" },
        { typeof(AllReducePlugin), "allreduce", "allreduce", "params=7B; dtype=bf16; gpus=8; gpu=h100" },
        { typeof(PipelineBubblePlugin), "pipeline_bubble", "pipeline-bubble", "stages=8; micro-batches=32; interleave=2" },
        { typeof(ChinchillaPlugin), "chinchilla", "chinchilla", "compute=5.76e23" },
        { typeof(MoeMemoryPlugin), "moe_memory", "moe-memory", "model=mixtral-8x7b; dtype=int4" },
        { typeof(SpeculativeDecodingPlugin), "speculative_decoding", "speculative-decoding", "acceptance=0.8; draft-tokens=4; draft-cost=0.05" },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task PluginGivesTheSameResultThroughTheKernel(Type pluginType, string function, string calculator, string arguments)
    {
        var plugin = KernelPluginFactory.CreateFromType(pluginType, calculator.Replace('-', '_'));
        var kernel = new Kernel();
        kernel.Plugins.Add(plugin);
        var kernelArguments = new KernelArguments();
        foreach (var (name, value) in CalculatorRuns.Parse(arguments))
        {
            kernelArguments[CamelCase(name)] = value;
        }

        var viaKernel = (await kernel.InvokeAsync(plugin[function], kernelArguments)).GetValue<CalculationResult>()!;
        var viaService = CalculatorRuns.Run(calculator, arguments);

        Assert.Equal(viaService.Headline, viaKernel.Headline);
        Assert.Equal(viaService.Result, viaKernel.Result);
        Assert.Equal(viaService.Inputs, viaKernel.Inputs);
        Assert.Equal(viaService.Steps, viaKernel.Steps);
    }

    [Fact]
    public void EveryFunctionAndParameterIsDescribed()
    {
        var types = Calls.Select(row => (Type)row[0]).ToList();
        Assert.Equal(14, types.Count);
        foreach (var type in types)
        {
            var plugin = KernelPluginFactory.CreateFromType(type, "p");
            var function = Assert.Single(plugin);
            Assert.False(string.IsNullOrWhiteSpace(function.Description), type.Name);
            Assert.All(function.Metadata.Parameters, p => Assert.False(string.IsNullOrWhiteSpace(p.Description), $"{type.Name}.{p.Name}"));
        }
    }

    private static string CamelCase(string kebab)
    {
        var parts = kebab.Split('-');
        var name = parts[0] + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
        return name;
    }
}
