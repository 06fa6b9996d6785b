using Microsoft.Extensions.Options;
using TutorBot.Llm.Tests.Fakes;

namespace TutorBot.Llm.Tests.Hosting;

public sealed class LlmOptionsValidationTests
{
    [Theory]
    [InlineData("Llm:GpuMemoryBudget", "lots", "Llm:GpuMemoryBudget 'lots' is not a size such as 24GiB, 8GB or 512MB")]
    [InlineData("Llm:Sequences", "0", "Sequences")]
    [InlineData("Llm:ContextSize", "16", "ContextSize")]
    [InlineData("Llm:Threads", "0", "Threads")]
    [InlineData("Llm:RequestTimeout", "-00:00:01", "Llm:RequestTimeout must be positive")]
    public async Task BadSettingsStopStartUpNamingTheSetting(string key, string value, string expected)
    {
        using var host = LlmTestHost.Build(new Dictionary<string, string?> { [key] = value });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(expected, error.Message);
    }
}
