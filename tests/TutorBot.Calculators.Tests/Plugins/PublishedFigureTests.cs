namespace TutorBot.Calculators.Tests.Plugins;

/// <summary>Figures from papers and the seed material, each with its source; the calculators must reproduce them.</summary>
public sealed class PublishedFigureTests
{
    public static TheoryData<string, string, string, string, double, double> Figures => new()
    {
        // source, calculator, arguments, result key, expected, relative tolerance
        { "GPT-3 (Brown et al. 2020): 6 × 175e9 × 300e9", "training-time", "params=175B; tokens=300B; gpus=1; gpu=a100", "flops", 3.15e23, 1e-12 },
        { "GPT-3 paper, Table D.1: 3.14e23 FLOPs with 174.6B params", "training-time", "model=gpt-3-175b; tokens=300B; gpus=1; gpu=a100", "flops", 3.14e23, 0.002 },
        { "ZeRO paper Fig. 1: 7.5B, 64 GPUs, baseline 120 GB", "training-memory", "params=7.5B; gpus=64; zero=0", "per_gpu_bytes", 120e9, 1e-12 },
        { "ZeRO paper Fig. 1: ZeRO-1 31.4 GB", "training-memory", "params=7.5B; gpus=64; zero=1", "per_gpu_bytes", 31.4e9, 0.001 },
        { "ZeRO paper Fig. 1: ZeRO-2 16.6 GB", "training-memory", "params=7.5B; gpus=64; zero=2", "per_gpu_bytes", 16.6e9, 0.003 },
        { "ZeRO paper Fig. 1: ZeRO-3 1.9 GB", "training-memory", "params=7.5B; gpus=64; zero=3", "per_gpu_bytes", 1.9e9, 0.014 },
        { "Llama-2-7B fp16 KV cache: 512 KiB per token", "kv-cache", "model=llama-2-7b; context=4096", "bytes_per_token", 512 * 1024, 1e-12 },
        { "Llama-2-7B fp16 KV cache: 2 GiB for 4096 tokens", "kv-cache", "model=llama-2-7b; context=4096", "bytes", 2d * 1024 * 1024 * 1024, 1e-12 },
        { "Llama-2-70B, 8 KV heads (GQA): 327,680 bytes per token", "kv-cache", "model=llama-2-70b; context=4k", "bytes_per_token", 327_680, 1e-12 },
        { "OPT-13B: 819,200 bytes per token", "kv-cache", "model=opt-13b; context=2048", "bytes_per_token", 819_200, 1e-12 },
        { "LoRA paper: GPT-3, r=4 on Wq and Wv: 18,874,368 trainable", "lora-params", "layers=96; hidden=12288; rank=4; targets=q,v", "trainable_params", 18_874_368, 1e-12 },
        { "LoRA on GPT-3 from the preset gives the same count", "lora-params", "model=gpt-3-175b; rank=4; targets=Wq and Wv", "trainable_params", 18_874_368, 1e-12 },
        { "Seed, corrected: 7B fp16 weights are 14 GB", "inference-memory", "params=7B; dtype=fp16", "weights_bytes", 14e9, 1e-12 },
        { "Seed, corrected: 7B fp16 weights are 14 GB (quantized-size)", "quantized-size", "params=7B; format=FP16", "bytes", 14e9, 1e-12 },
        { "Seed, corrected: KV cache batch 4, 2048 tokens, 32 layers, hidden 4096, fp16", "kv-cache", "layers=32; hidden=4096; batch=4; context=2k; dtype=fp16", "bytes", 4_294_967_296, 1e-12 },
        { "Seed, corrected: 1000 A100 at 312 TFLOPS and 30% MFU: about 38.9 days", "training-time", "params=175B; tokens=300B; gpus=1000; peak-tflops=312 TFLOPS; mfu=30%", "days", 38.95, 0.001 },
        { "Korthikanti et al. 2022: sbh(34 + 5as/h) per layer, GPT-3 at s=2048, b=1", "training-memory", "model=gpt-3-175b; seq=2048; micro-batch=1", "activations_bytes", 96 * 2048d * 12288 * (34 + 5d * 96 * 2048 / 12288), 1e-12 },
        { "Korthikanti et al. 2022: full recomputation keeps 2sbh per layer", "training-memory", "model=gpt-3-175b; seq=2048; recompute=full", "activations_bytes", 96 * 2 * 2048d * 12288, 1e-12 },
        { "Korthikanti et al. 2022: t=8 with sequence parallelism, sbh/t(34 + 5as/h)", "training-memory", "model=gpt-3-175b; seq=2048; tp=8; sequence-parallel=yes", "activations_bytes", 96 * 2048d * 12288 / 8 * (34 + 5d * 96 * 2048 / 12288), 1e-12 },
        { "Full recomputation costs 8 × params × tokens", "training-time", "params=175B; tokens=300B; gpus=1; gpu=h100; recompute=full", "flops", 4.2e23, 1e-12 },
        { "LoRA with GQA: Llama-2-70B r=8 on q,v (v is 1024 wide)", "lora-params", "model=llama-2-70b; rank=8", "trainable_params", 80 * (8 * (8192 + 8192) + 8 * (8192 + 1024)), 1e-12 },
        { "GGUF Q4_0 is 18 bytes per 32 weights (4.5 bits)", "quantized-size", "model=llama-2-7b; format=q4_0", "bytes", 6_738_415_616 * 4.5 / 8, 1e-12 },
        { "GGUF Q8_0 is 34 bytes per 32 weights (8.5 bits)", "quantized-size", "params=7B; format=q8_0", "bytes", 7e9 * 8.5 / 8, 1e-12 },
        { "GPT-3 parameter count from its shape: 174.6B (paper: 175B)", "param-count", "model=gpt-3-175b", "params", 174.6e9, 0.001 },
        { "Classic 12 L h² for a GPT block without embeddings", "param-count", "layers=96; hidden=12288", "per_layer_params", 12 * 12288d * 12288 + 13 * 12288, 1e-12 },
    };

    [Theory]
    [MemberData(nameof(Figures))]
    public void CalculatorReproducesThePublishedFigure(string source, string calculator, string arguments, string key, double expected, double tolerance)
    {
        var result = CalculatorRuns.Run(calculator, arguments);

        var actual = result.Result[key];
        Assert.True(Math.Abs(actual - expected) <= Math.Abs(expected) * tolerance, $"{source}: expected {expected:R}, got {actual:R}");
    }
}
