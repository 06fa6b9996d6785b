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
        { "ggml-common.h: a Q2_K block is 84 bytes per 256 weights (2.625 bits)", "quantized-size", "params=7B; format=q2_k", "bytes", 7e9 * 84 / 256, 1e-12 },
        { "PaLM appendix B: at 30% HFU full recomputation's 8ND takes 51.9 days", "training-time", "params=175B; tokens=300B; gpus=1000; gpu=a100; hfu=0.3; recompute=full", "days", 51.93, 0.001 },
        { "PaLM appendix B: MFU counts 6ND, so at 30% MFU recomputation leaves 38.95 days", "training-time", "params=175B; tokens=300B; gpus=1000; gpu=a100; mfu=0.3; recompute=full", "days", 38.95, 0.001 },
        { "Kaplan et al. 2020: inference costs 2N FLOPs per token", "decode-roofline", "params=7B", "flops_per_token", 14e9, 1e-12 },
        { "H100 SXM data sheet, 3.35 TB/s: Llama-2-7B fp16 at batch 1 decodes at most 248.6 tokens/s", "decode-roofline", "model=llama-2-7b; gpu=h100", "tokens_per_second", 3.35e12 / 13_476_831_232, 1e-12 },
        { "A100 80GB data sheet, 2,039 GB/s: 7B in int4 decodes at most 582.6 tokens/s", "decode-roofline", "params=7B; dtype=int4; gpu=a100", "tokens_per_second", 2039e9 / 3.5e9, 1e-12 },
        { "Roofline: fp16 decode at batch 64 does 64 FLOPs per byte", "decode-roofline", "params=7B; batch=64; gpu=h100", "arithmetic_intensity", 64, 1e-12 },
        { "H100 ridge point: 989 TFLOPS over 3.35 TB/s", "decode-roofline", "params=7B; gpu=h100", "ridge_point", 989e12 / 3.35e12, 1e-12 },
        { "Roofline: a large enough batch hits the compute roof, peak / 2N", "decode-roofline", "params=7B; batch=1024; gpu=h100", "tokens_per_second", 989e12 / 14e9, 1e-12 },
        { "PaLM appendix B: MFU = 6N × tokens/s over the cluster peak", "mfu", "params=7B; tokens-per-second=24000; gpus=8; gpu=a100", "mfu", 6 * 7e9 * 24000 / (8 * 312e12), 1e-12 },
        { "PaLM appendix B: HFU adds the recomputed forward, 8N", "mfu", "params=7B; tokens-per-second=24000; gpus=8; gpu=a100; recompute=full", "hfu", 8 * 7e9 * 24000 / (8 * 312e12), 1e-12 },
        { "Ring all-reduce (Patarasuk and Yuan 2009): 2(n−1)/n × bytes / bandwidth", "allreduce", "size=14GB; gpus=8; bandwidth=450 GB/s", "seconds", 2 * 7d / 8 * 14e9 / 450e9, 1e-12 },
        { "H100 data sheet: NVLink 900 GB/s both directions, 450 each way", "allreduce", "params=7B; dtype=bf16; gpus=8; gpu=h100", "seconds", 2 * 7d / 8 * 14e9 / 450e9, 1e-12 },
        { "Narayanan et al. 2021, section 2.2: bubble (p−1)/m", "pipeline-bubble", "stages=8; micro-batches=32", "bubble", 7d / 32, 1e-12 },
        { "Narayanan et al. 2021, section 2.2: interleaved bubble (p−1)/(v·m)", "pipeline-bubble", "stages=8; micro-batches=32; interleave=4", "bubble", 7d / 128, 1e-12 },
        { "GPipe: the bubble's share of the step is (p−1)/(m+p−1)", "pipeline-bubble", "stages=8; micro-batches=32", "step_share", 7d / 39, 1e-12 },
        { "Hoffmann et al. 2022: Gopher's 5.76e23 FLOPs are best spent on about 70B parameters", "chinchilla", "compute=5.76e23", "params", 70e9, 0.011 },
        { "Hoffmann et al. 2022: ... and about 1.4T tokens", "chinchilla", "compute=5.76×10^23", "tokens", 1.4e12, 0.011 },
        { "Hoffmann et al. 2022: 20 tokens per parameter, 70B on 1.4T", "chinchilla", "params=70B", "tokens", 1.4e12, 1e-12 },
        { "Jiang et al. 2024: Mixtral 8x7B has 46.7B parameters", "moe-memory", "model=mixtral-8x7b", "total_params", 46.7e9, 0.001 },
        { "Jiang et al. 2024: Mixtral 8x7B uses 12.9B active parameters per token", "moe-memory", "model=mixtral-8x7b", "active_params", 12.9e9, 0.002 },
        { "A dense model is a MoE of one expert: active equals total", "moe-memory", "model=llama-2-7b; experts=1; top-k=1", "active_params", 6_738_415_616, 1e-12 },
        { "Leviathan et al. 2023: (1 − α^(γ+1)) / (1 − α) at α = 0.8, γ = 4", "speculative-decoding", "acceptance=0.8; draft-tokens=4", "expected_tokens", 3.3616, 1e-12 },
        { "Leviathan et al. 2023: every draft accepted gives γ + 1", "speculative-decoding", "acceptance=100%; draft-tokens=4", "expected_tokens", 5, 1e-12 },
        { "Leviathan et al. 2023: speed-up over γc + 1", "speculative-decoding", "acceptance=0.6; draft-tokens=5; draft-cost=0.1", "speedup", (1 - Math.Pow(0.6, 6)) / 0.4 / 1.5, 1e-12 },
        { "Mistral-7B v0.1 config.json sliding_window 4096: 32k context caps at 512 MiB", "kv-cache", "model=mistral-7b; context=32k", "bytes", 512d * 1024 * 1024, 1e-12 },
        { "Llama-3-8B has Mistral's attention shape but no window: 4 GiB at 32k", "kv-cache", "model=llama-3-8b; context=32k", "bytes", 4d * 1024 * 1024 * 1024, 1e-12 },
        { "--window caps any model's cache", "kv-cache", "model=llama-2-7b; context=8k; window=4096", "bytes", 2d * 1024 * 1024 * 1024, 1e-12 },
        { "inference-memory uses the windowed cache: 8 × 4096 tokens × 128 KiB", "inference-memory", "model=mistral-7b; context=32k; batch=8; overhead=0", "kv_cache_bytes", 4d * 1024 * 1024 * 1024, 1e-12 },
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
