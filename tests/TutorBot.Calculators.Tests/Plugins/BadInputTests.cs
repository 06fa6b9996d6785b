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
