using TutorBot.Calculators.Presets;

namespace TutorBot.Calculators.Tests.Plugins;

public sealed class ModelPresetTests
{
    /// <summary>Totals published on each model's Hugging Face card (safetensors parameter count).</summary>
    [Theory]
    [InlineData("llama-2-7b", 6_738_415_616)]
    [InlineData("llama-2-13b", 13_015_864_320)]
    [InlineData("llama-2-70b", 68_976_648_192)]
    [InlineData("llama-3-8b", 8_030_261_248)]
    [InlineData("llama-3-70b", 70_553_706_496)]
    [InlineData("mistral-7b", 7_241_732_096)]
    [InlineData("mixtral-8x7b", 46_702_792_704)]
    [InlineData("qwen2.5-7b", 7_615_616_512)]
    public void PresetShapeGivesThePublishedParameterCountExactly(string model, long published)
    {
        var result = CalculatorRuns.Run("param-count", $"model={model}");

        Assert.Equal(published, result.Headline.Value);
        Assert.Equal(published, ModelPresets.Find(model)!.Params);
    }

    [Theory]
    [InlineData("Llama 2 7B", "llama-2-7b")]
    [InlineData("LLaMA-2-70b", "llama-2-70b")]
    [InlineData("qwen2.5_7b", "qwen2.5-7b")]
    [InlineData("GPT-3", "gpt-3-175b")]
    public void PresetNamesAreMatchedLoosely(string written, string expected)
    {
        Assert.Equal(expected, ModelPresets.Find(written)?.Name);
    }
}
