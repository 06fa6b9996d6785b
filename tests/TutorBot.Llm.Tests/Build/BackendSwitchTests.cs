using System.Diagnostics;
using System.Text.Json;
using TutorBot.Testing;

namespace TutorBot.Llm.Tests.Build;

/// <summary>The LlmBackend property picks the native backend package; evaluated without restoring anything.</summary>
public sealed class BackendSwitchTests
{
    [Theory]
    [InlineData(null, "LLamaSharp.Backend.Cpu", "LLamaSharp.Backend.Cuda12")]
    [InlineData("Cuda12", "LLamaSharp.Backend.Cuda12", "LLamaSharp.Backend.Cpu")]
    [InlineData("Cpu", "LLamaSharp.Backend.Cpu", "LLamaSharp.Backend.Cuda12")]
    public async Task TheBackendPropertySelectsExactlyOneNativePackage(string? backend, string expected, string absent)
    {
        var packages = await PackageReferencesAsync(backend);

        Assert.Contains("LLamaSharp", packages);
        Assert.Contains(expected, packages);
        Assert.DoesNotContain(absent, packages);
    }

    private static async Task<IReadOnlyList<string>> PackageReferencesAsync(string? backend)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("msbuild");
        info.ArgumentList.Add(Path.Combine(RepoPaths.Root, "src", "TutorBot.Llm", "TutorBot.Llm.csproj"));
        info.ArgumentList.Add("-getItem:PackageReference");
        if (backend is not null)
        {
            info.ArgumentList.Add($"-p:LlmBackend={backend}");
        }

        info.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, output + await process.StandardError.ReadToEndAsync());
        using var json = JsonDocument.Parse(output);
        return [.. json.RootElement.GetProperty("Items").GetProperty("PackageReference").EnumerateArray().Select(i => i.GetProperty("Identity").GetString()!)];
    }
}
