using TutorBot.Core.Bank;
using TutorBot.Core.Calculations;

namespace TutorBot.Calculators.Tests.Plugins;

public sealed class WorkingTextTests
{
    [Theory]
    [InlineData("kv-cache", "model=llama-2-7b; context=4096")]
    [InlineData("inference-memory", "params=7B; context=2048; batch=4")]
    [InlineData("training-memory", "params=7.5B; zero=2; gpus=64; seq=2048; hidden=4096; layers=32; heads=32")]
    [InlineData("training-time", "params=175B; tokens=300B; gpus=1000; gpu=a100; mfu=30%")]
    [InlineData("lora-params", "model=llama-2-7b; rank=8; targets=all")]
    [InlineData("param-count", "layers=24; hidden=1024; vocab=50257")]
    [InlineData("quantized-size", "model=mistral-7b; format=q4_k_m")]
    public void EveryStepAndAssumptionIsWrittenInBothLanguages(string calculator, string arguments)
    {
        var result = CalculatorRuns.Run(calculator, arguments);

        Assert.NotEmpty(result.Steps);
        Assert.All(result.Steps, s => Assert.True(s.Label.Zh.Any(IsCjk) && !s.Label.En.Any(IsCjk), CalculationPresenter.Step(s, Language.En)));
        Assert.All(result.Assumptions, a => Assert.True(a.Zh.Any(IsCjk) && !a.En.Any(IsCjk), a.En));
        Assert.Contains("计算步骤", CalculationPresenter.Render(result, Language.Zh));
        Assert.Contains("Steps:", CalculationPresenter.Render(result, Language.En));
    }

    [Fact]
    public void BareParameterCountBorrowsAStatedShapeForTheKvCache()
    {
        var result = CalculatorRuns.Run("inference-memory", "params=7B; dtype=fp16; context=2048; batch=4");

        Assert.Equal(4_294_967_296, result.Result["kv_cache_bytes"]);
        Assert.Contains(result.Assumptions, a => a.En.Contains("Llama-2-7B", StringComparison.Ordinal));
        Assert.Contains(result.Assumptions, a => a.En.Contains("overhead 20%", StringComparison.Ordinal));
    }

    [Fact]
    public void BareParameterCountFarFromAnyKnownShapeAsksForTheShape()
    {
        var error = Assert.Throws<TutorBot.Core.Calculations.CalculationException>(() => CalculatorRuns.Run("inference-memory", "params=30B; context=2048"));

        Assert.Equal("layers", error.Argument);
    }

    private static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff';
}
