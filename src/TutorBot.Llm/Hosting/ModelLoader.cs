using LLama;
using LLama.Batched;
using LLama.Common;
using Microsoft.Extensions.Logging;
using TutorBot.Llm.Generation;
using TutorBot.Llm.Gguf;
using TutorBot.Llm.Memory;
using TutorBot.Llm.Native;
using TutorBot.Llm.Templates;

namespace TutorBot.Llm.Hosting;

/// <summary>
/// Loads a GGUF: reads its metadata, plans memory against the budget, loads the weights with explicit sizes
/// (context x sequences, GPU layers, threads) and starts the scheduler. Failures become one clear message.
/// </summary>
public sealed class ModelLoader(MemoryPlanner planner, ILogger<ModelLoader> logger)
{
    public async Task<LoadedModel> LoadAsync(LlmOptions options, CancellationToken cancellationToken = default)
    {
        var path = options.ModelPath;
        GgufMetadata metadata;
        try
        {
            metadata = GgufReader.Read(path);
        }
        catch (GgufFormatException e)
        {
            throw new ModelLoadException($"could not load the model: {e.Message}");
        }
        catch (IOException e)
        {
            throw new ModelLoadException($"could not load the model {path}: {e.Message}");
        }

        var contextSize = options.ContextSize;
        if (metadata.TrainingContext > 0 && contextSize > metadata.TrainingContext)
        {
            logger.LogInformation("Llm:ContextSize {Configured} exceeds {Path}'s training context; using {Trained}", contextSize, path, metadata.TrainingContext);
            contextSize = metadata.TrainingContext;
        }

        long? budget = ByteSize.TryParse(options.GpuMemoryBudget ?? "", out var bytes) ? bytes : null;
        var plan = planner.Plan(metadata, contextSize, options.Sequences, options.GpuLayerCount, budget);
        foreach (var line in plan.Lines)
        {
            logger.LogInformation("memory check: {Line}", line);
        }

        if (plan.Refusal is not null)
        {
            throw new ModelLoadException(plan.Refusal);
        }

        if (plan.Reduced)
        {
            logger.LogWarning("Loading {Path} with context {Context} and {Sequences} sequences to fit Llm:GpuMemoryBudget", path, plan.ContextSize, plan.Sequences);
        }

        NativeLog.Install(logger, options.NativeLogLevel, options.NativeLibraryPath);
        var parameters = new ModelParams(path)
        {
            ContextSize = (uint)(plan.ContextSize * plan.Sequences),
            SeqMax = (uint)plan.Sequences,

            // One pool of ContextSize x Sequences cells, as planned; the scheduler caps each conversation at ContextSize.
            // Unified so that conversations forked from a shared prompt prefix share its cells (llama.cpp cannot copy
            // part of a sequence between separate per-sequence regions).
            KVUnified = true,
            BatchSize = (uint)Math.Min(plan.ContextSize * plan.Sequences, 2048),
            GpuLayerCount = options.GpuLayerCount < 0 ? metadata.Layers + 1 : options.GpuLayerCount,
            Threads = options.Threads,
            BatchThreads = options.Threads,
        };

        LLamaWeights weights;
        using (var capture = NativeLog.Capture())
        {
            try
            {
                weights = await LLamaWeights.LoadFromFileAsync(parameters, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
            {
                var reason = capture.Reason() ?? e.Message;
                throw new ModelLoadException($"could not load the model {path}: {reason}");
            }
        }

        try
        {
            var formatter = ChatFormatterSelector.Select(metadata, weights, logger);
            var settings = new SchedulerSettings(plan.Sequences, plan.ContextSize, options.QueueCapacity, options.RequestTimeout, options.Temperature, options.Seed);
            var scheduler = new GenerationScheduler(weights, () => new BatchedExecutor(weights, parameters), settings, logger);
            logger.LogInformation(
                "Loaded {Path}: {Architecture}, {Parameters:N0} parameters, context {Context} x {Sequences} sequences, template {Template}",
                path, metadata.Architecture, metadata.ParameterCount, plan.ContextSize, plan.Sequences, formatter.Name);
            return new LoadedModel(weights, metadata, plan, formatter, scheduler);
        }
        catch
        {
            weights.Dispose();
            throw;
        }
    }
}
