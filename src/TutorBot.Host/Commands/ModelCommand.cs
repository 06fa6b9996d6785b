using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TutorBot.Core.Calculations;
using TutorBot.Host.Cli;
using TutorBot.Host.Hosting;
using TutorBot.Llm;
using TutorBot.Llm.Gguf;
using TutorBot.Llm.Memory;

namespace TutorBot.Host.Commands;

public static class ModelCommand
{
    public static Command Create()
    {
        var model = new Command("model", "Inspect GGUF model files.");
        model.Subcommands.Add(Inspect());
        return model;
    }

    private static Command Inspect()
    {
        var file = new Argument<string>("FILE") { Description = "GGUF model file" };
        var context = new Option<int?>("--context") { Description = "Tokens of context per conversation (default: Llm:ContextSize)" };
        var sequences = new Option<int?>("--sequences") { Description = "Conversations decoded together (default: Llm:Sequences)" };
        var gpuLayers = new Option<int?>("--gpu-layers") { Description = "Layers on the GPU, -1 for all (default: Llm:GpuLayerCount)" };
        var budget = new Option<string?>("--budget") { Description = "GPU memory budget, e.g. 24GiB (default: Llm:GpuMemoryBudget)" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object" };
        var command = new Command("inspect", "Print a GGUF model's metadata and the memory it needs for a context and sequence count.")
        {
            file, context, sequences, gpuLayers, budget, json,
        };
        command.SetAction(parseResult =>
        {
            using var host = TutorHost.CreateBuilder(parseResult, HostParts.Calculators | HostParts.Model).Build();
            var options = host.Services.GetRequiredService<IOptions<LlmOptions>>().Value;
            var contextSize = parseResult.GetValue(context) ?? options.ContextSize;
            var sequenceCount = parseResult.GetValue(sequences) ?? options.Sequences;
            var budgetText = parseResult.GetValue(budget) ?? options.GpuMemoryBudget;
            if (contextSize < 1 || sequenceCount < 1)
            {
                Console.Error.WriteLine($"error: --{(contextSize < 1 ? "context" : "sequences")} must be a positive number");
                return ExitCodes.BadArguments;
            }

            long? budgetBytes = null;
            if (!string.IsNullOrWhiteSpace(budgetText))
            {
                if (!ByteSize.TryParse(budgetText, out var parsed))
                {
                    Console.Error.WriteLine($"error: --budget: '{budgetText}' is not a size such as 24GiB, 8GB or 512MB");
                    return ExitCodes.BadArguments;
                }

                budgetBytes = parsed;
            }

            var path = parseResult.GetValue(file)!;
            GgufMetadata metadata;
            try
            {
                metadata = GgufReader.Read(path);
            }
            catch (GgufFormatException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return File.Exists(path) ? ExitCodes.Failed : ExitCodes.BadArguments;
            }

            var planner = new MemoryPlanner(host.Services.GetRequiredService<ICalculatorService>());
            var plan = planner.Plan(metadata, contextSize, sequenceCount, parseResult.GetValue(gpuLayers) ?? options.GpuLayerCount, budgetBytes);
            Console.WriteLine(parseResult.GetValue(json)
                ? JsonSerializer.Serialize(ModelInspection.From(metadata, plan), CliJson.Options)
                : ModelInspectionText.Render(metadata, plan));
            return plan.Refusal is null ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }
}
