using System.Globalization;
using TutorBot.Core.Bank;
using TutorBot.Core.Calculations;
using TutorBot.Llm.Gguf;

namespace TutorBot.Llm.Memory;

/// <summary>
/// Estimates GPU memory for a model from its GGUF metadata (weights: the file's tensor data; KV cache: the
/// kv-cache calculator) and, against a budget, lowers the context, then the sequences, until it fits or refuses.
/// </summary>
public sealed class MemoryPlanner(ICalculatorService calculators)
{
    /// <summary>Below this a conversation cannot hold a prompt and an answer.</summary>
    public const int MinContextSize = 512;

    /// <summary>Compute buffers and runtime allocations, as a share of weights plus KV cache.</summary>
    public const double OverheadShare = 0.10;

    private const int PreferredContextSize = 2048;

    public MemoryPlan Plan(GgufMetadata model, int contextSize, int sequences, int gpuLayerCount, long? budgetBytes)
    {
        var gpuLayers = gpuLayerCount < 0 ? model.Layers : Math.Min(gpuLayerCount, model.Layers);
        var bytesPerToken = KvCache(model, context: 1, sequences: 1).BytesPerToken;
        var first = Estimate(model, contextSize, sequences, gpuLayers, bytesPerToken, budgetBytes);
        if (budgetBytes is null || first.TotalBytes <= budgetBytes)
        {
            return first;
        }

        foreach (var (context, seqs) in Candidates(contextSize, sequences))
        {
            var candidate = Estimate(model, context, seqs, gpuLayers, bytesPerToken, budgetBytes);
            if (candidate.TotalBytes <= budgetBytes)
            {
                var reason = string.Create(CultureInfo.InvariantCulture,
                    $"lowered to fit the budget: context {contextSize} -> {context}, sequences {sequences} -> {seqs}");
                return candidate with { Reduced = true, Lines = [.. first.Lines, reason, .. candidate.Lines] };
            }
        }

        var smallest = Estimate(model, MinContextSize, 1, gpuLayers, bytesPerToken, budgetBytes);
        return first with
        {
            Refusal = $"{model.Path} does not fit Llm:GpuMemoryBudget {ByteSize.Describe(budgetBytes.Value)}: even context {MinContextSize} " +
                      $"with 1 sequence needs {ByteSize.Describe(smallest.TotalBytes)} (lower Llm:GpuLayerCount or use a smaller quantization)",
        };
    }

    /// <summary>Context halves to 2048 first, then sequences halve to 1, then context halves to the minimum.</summary>
    private static IEnumerable<(int Context, int Sequences)> Candidates(int context, int sequences)
    {
        while (context / 2 >= PreferredContextSize)
        {
            context /= 2;
            yield return (context, sequences);
        }

        while (sequences > 1)
        {
            sequences /= 2;
            yield return (context, sequences);
        }

        while (context / 2 >= MinContextSize)
        {
            context /= 2;
            yield return (context, sequences);
        }
    }

    private MemoryPlan Estimate(GgufMetadata model, int context, int sequences, int gpuLayers, long bytesPerToken, long? budget)
    {
        var share = model.Layers == 0 ? 1.0 : (double)gpuLayers / model.Layers;
        var kv = KvCache(model, context, sequences);
        var weights = (long)(model.TensorDataBytes * share);
        var kvBytes = (long)(kv.Bytes * share);
        var overhead = (long)((weights + kvBytes) * OverheadShare);
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture,
                $"weights: {ByteSize.Describe(weights)} ({gpuLayers}/{model.Layers} layers of {model.TensorDataBytes:N0} bytes of tensor data on the GPU)"),
            string.Create(CultureInfo.InvariantCulture,
                $"kv cache: {bytesPerToken:N0} bytes/token x {context} tokens x {sequences} sequences = {ByteSize.Describe(kv.Bytes)}")
                + (share < 1 ? $", {ByteSize.Describe(kvBytes)} of it on the GPU" : ""),
        };
        lines.AddRange(kv.Steps.Select(step => "  " + step));
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"overhead: {OverheadShare:P0} of weights + kv cache = {ByteSize.Describe(overhead)}"));
        var total = weights + kvBytes + overhead;
        lines.Add(budget is null
            ? $"total: {ByteSize.Describe(total)} (no Llm:GpuMemoryBudget set: not checked)"
            : $"total: {ByteSize.Describe(total)} {(total <= budget ? "<=" : ">")} budget {ByteSize.Describe(budget.Value)}");
        return new MemoryPlan
        {
            ContextSize = context,
            Sequences = sequences,
            GpuLayers = gpuLayers,
            WeightsBytes = weights,
            KvCacheBytesPerToken = bytesPerToken,
            KvCacheBytes = kvBytes,
            OverheadBytes = overhead,
            BudgetBytes = budget,
            Lines = lines,
        };
    }

    private (long Bytes, long BytesPerToken, IReadOnlyList<string> Steps) KvCache(GgufMetadata model, int context, int sequences)
    {
        var result = calculators.Run("kv-cache", KvCacheArguments(model, context, sequences));
        return ((long)result.Result["bytes"], (long)result.Result["bytes_per_token"], CalculationPresenter.Steps(result, Language.En));
    }

    /// <summary>The kv-cache calculator's arguments for this model (llama.cpp keeps the cache in fp16).</summary>
    public static IReadOnlyDictionary<string, string> KvCacheArguments(GgufMetadata model, int context, int sequences) =>
        new Dictionary<string, string>
        {
            ["layers"] = model.Layers.ToString(CultureInfo.InvariantCulture),
            ["heads"] = model.Heads.ToString(CultureInfo.InvariantCulture),
            ["kv-heads"] = model.KvHeads.ToString(CultureInfo.InvariantCulture),
            ["head-dim"] = model.HeadSize.ToString(CultureInfo.InvariantCulture),
            ["context"] = context.ToString(CultureInfo.InvariantCulture),
            ["batch"] = sequences.ToString(CultureInfo.InvariantCulture),
            ["dtype"] = "fp16",
        };
}
