using TutorBot.Core.Calculations;

namespace TutorBot.Calculators.Tests.Plugins;

public sealed class BadInputTests
{
    [Theory]
    [InlineData("kv-cache", "layers=-32; hidden=4096; context=2048", "layers")]
    [InlineData("kv-cache", "layers=32; hidden=4096; context=0", "context")]
    [InlineData("kv-cache", "layers=32; hidden=4096; context=2048; dtype=fp7", "dtype")]
    [InlineData("kv-cache", "layers=32; hidden=4096; heads=30; context=2048", "heads")]
    [InlineData("kv-cache", "layers=32; hidden=4096; heads=32; kv-heads=5; context=2048", "kv-heads")]
    [InlineData("kv-cache", "layers=thirty; hidden=4096; context=2048", "layers")]
    [InlineData("kv-cache", "layers=32.5; hidden=4096; context=2048", "layers")]
    [InlineData("kv-cache", "layers=32; hidden=4096; context=2048; colour=blue", "colour")]
    [InlineData("kv-cache", "model=llama-9-1b; context=2048", "model")]
    [InlineData("kv-cache", "model=llama-2-7b", "context")]
    [InlineData("training-memory", "params=7B; zero=4", "zero")]
    [InlineData("training-memory", "params=7B; optimizer=lion", "optimizer")]
    [InlineData("training-memory", "params=0; gpus=8", "params")]
    [InlineData("training-time", "params=7B; tokens=1T; gpus=8; gpu=a100; mfu=1.5", "mfu")]
    [InlineData("training-time", "params=7B; tokens=1T; gpus=8; gpu=v100", "gpu")]
    [InlineData("training-time", "params=7B; tokens=1T; gpu=a100", "gpus")]
    [InlineData("inference-memory", "params=7Q", "params")]
    [InlineData("inference-memory", "params=7B; dtype=fp16; format=int4", "format")]
    [InlineData("lora-params", "model=llama-2-7b; rank=8; targets=q,x", "targets")]
    [InlineData("lora-params", "layers=32; hidden=4096; rank=8; targets=up", "intermediate")]
    [InlineData("quantized-size", "params=7B; format=q9_9", "format")]
    [InlineData("quantized-size", "params=7B", "format")]
    [InlineData("training-time", "params=7B; tokens=1T; gpus=8; gpu=a100; mfu=0.4; hfu=0.5", "hfu")]
    [InlineData("decode-roofline", "params=7B; peak-tflops=989", "bandwidth")]
    [InlineData("decode-roofline", "params=7B; bandwidth=fast", "bandwidth")]
    [InlineData("mfu", "params=7B; gpus=8; gpu=a100", "tokens-per-second")]
    [InlineData("mfu", "params=7B; tokens-per-second=1e9; gpus=8; gpu=a100", "tokens-per-second")]
    [InlineData("allreduce", "size=14GB; gpus=1; bandwidth=450", "gpus")]
    [InlineData("allreduce", "size=14GB; gpus=8", "bandwidth")]
    [InlineData("allreduce", "gpus=8; bandwidth=450", "size")]
    [InlineData("pipeline-bubble", "stages=8", "micro-batches")]
    [InlineData("pipeline-bubble", "stages=8; micro-batches=2.5", "micro-batches")]
    [InlineData("chinchilla", "compute=1e23; params=7B", "params")]
    [InlineData("chinchilla", "tokens-per-param=20", "compute")]
    [InlineData("moe-memory", "model=mixtral-8x7b; top-k=9", "top-k")]
    [InlineData("moe-memory", "layers=32; hidden=4096; intermediate=14336; vocab=32000", "experts")]
    [InlineData("speculative-decoding", "acceptance=1.5; draft-tokens=4", "acceptance")]
    [InlineData("speculative-decoding", "acceptance=0.8", "draft-tokens")]
    [InlineData("kv-cache", "model=llama-2-7b; context=4096; window=0", "window")]
    public void BadArgumentIsNamedInAOneLineError(string calculator, string arguments, string argument)
    {
        var error = Assert.Throws<CalculationException>(() => CalculatorRuns.Run(calculator, arguments));

        Assert.Equal(argument, error.Argument);
        Assert.StartsWith(argument + ":", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void UnknownCalculatorIsNamed()
    {
        var error = Assert.Throws<CalculationException>(() => CalculatorRuns.Run("flux-capacitor", ""));

        Assert.Equal("calculator", error.Argument);
    }
}
