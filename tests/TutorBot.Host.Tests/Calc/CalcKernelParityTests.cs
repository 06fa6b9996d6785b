using System.Text.Json;
using Microsoft.SemanticKernel;
using TutorBot.Calculators.Plugins;
using TutorBot.Core.Bank;
using TutorBot.Core.Calculations;
using TutorBot.Testing;

namespace TutorBot.Host.Tests.Calc;

/// <summary>The plugins give through kernel.InvokeAsync exactly what `tutorbot calc --json` prints.</summary>
public sealed class CalcKernelParityTests
{
    public static TheoryData<Type, string, string[], string> Calls => new()
    {
        { typeof(KvCachePlugin), "kv-cache", ["--model", "llama-2-70b", "--context", "32k", "--batch", "8"], "model=llama-2-70b; context=32k; batch=8" },
        { typeof(InferenceMemoryPlugin), "inference-memory", ["--params", "7B", "--dtype", "q4_k_m", "--context", "4096"], "params=7B; dtype=q4_k_m; context=4096" },
        { typeof(TrainingMemoryPlugin), "training-memory", ["--params", "7.5B", "--zero", "3", "--gpus", "64"], "params=7.5B; zero=3; gpus=64" },
        { typeof(TrainingTimePlugin), "training-time", ["--params", "175B", "--tokens", "300B", "--gpus", "1000", "--gpu", "a100", "--mfu", "0.3"], "params=175B; tokens=300B; gpus=1000; gpu=a100; mfu=0.3" },
        { typeof(LoraParamsPlugin), "lora-params", ["--layers", "96", "--hidden", "12288", "--rank", "4", "--targets", "q,v"], "layers=96; hidden=12288; rank=4; targets=q,v" },
        { typeof(ParamCountPlugin), "param-count", ["--model", "llama-2-7b"], "model=llama-2-7b" },
        { typeof(QuantizedSizePlugin), "quantized-size", ["--model", "llama-2-7b", "--format", "q8_0"], "model=llama-2-7b; format=q8_0" },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task KernelAndCliGiveTheSameResult(Type pluginType, string calculator, string[] cliArguments, string kernelArguments)
    {
        var run = await CliRunner.RunAsync(["calc", calculator, .. cliArguments, "--json"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        using var cli = JsonDocument.Parse(run.StdOut);

        var plugin = KernelPluginFactory.CreateFromType(pluginType, calculator.Replace('-', '_'));
        var kernel = new Kernel();
        kernel.Plugins.Add(plugin);
        var arguments = new KernelArguments();
        foreach (var pair in kernelArguments.Split(';', StringSplitOptions.TrimEntries))
        {
            var (name, value) = (pair.Split('=')[0], pair.Split('=', 2)[1]);
            arguments[name] = value;
        }

        var result = (await kernel.InvokeAsync(plugin.Single(), arguments)).GetValue<CalculationResult>()!;

        Assert.Equal(result.Calculator, cli.RootElement.GetProperty("calculator").GetString());
        var cliResult = cli.RootElement.GetProperty("result").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());
        Assert.Equal(result.Result, cliResult);
        Assert.Equal(CalculationPresenter.Steps(result, Language.En), cli.RootElement.GetProperty("steps").EnumerateArray().Select(s => s.GetString()!));
    }
}
