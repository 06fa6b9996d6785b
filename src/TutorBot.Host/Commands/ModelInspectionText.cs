using System.Globalization;
using System.Text;
using TutorBot.Llm.Gguf;
using TutorBot.Llm.Memory;

namespace TutorBot.Host.Commands;

/// <summary>The text of `model inspect`: metadata, then the memory arithmetic.</summary>
public static class ModelInspectionText
{
    public static string Render(GgufMetadata metadata, MemoryPlan plan)
    {
        var text = new StringBuilder();
        void Line(string label, string value) => text.Append(CultureInfo.InvariantCulture, $"{label,-18}{value}\n");

        Line("file", $"{metadata.Path} ({ByteSize.Describe(metadata.FileSize)})");
        Line("architecture", metadata.Name is null ? metadata.Architecture : $"{metadata.Architecture} ({metadata.Name})");
        Line("parameters", metadata.ParameterCount.ToString("N0", CultureInfo.InvariantCulture));
        Line("layers", metadata.Layers.ToString(CultureInfo.InvariantCulture));
        Line("heads", string.Create(CultureInfo.InvariantCulture, $"{metadata.Heads} (kv heads {metadata.KvHeads}, head size {metadata.HeadSize})"));
        Line("embedding", metadata.EmbeddingLength.ToString(CultureInfo.InvariantCulture));
        Line("training context", metadata.TrainingContext.ToString(CultureInfo.InvariantCulture));
        Line("chat template", metadata.ChatTemplate is null ? "none (ChatML is used)" : "from the file");
        Line("kv cache", string.Create(CultureInfo.InvariantCulture, $"{plan.KvCacheBytesPerToken:N0} bytes per token (fp16)"));
        Line("plan", string.Create(CultureInfo.InvariantCulture, $"context {plan.ContextSize} x {plan.Sequences} sequences, {plan.GpuLayers}/{metadata.Layers} layers on the GPU"));
        foreach (var line in plan.Lines)
        {
            text.Append("  ").Append(line).Append('\n');
        }

        if (plan.Refusal is not null)
        {
            text.Append("refused: ").Append(plan.Refusal).Append('\n');
        }

        return text.ToString().TrimEnd();
    }
}
