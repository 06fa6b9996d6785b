using LLama;
using LLama.Native;

namespace TutorBot.Testing.Gguf;

/// <summary>Writes a llama-architecture GGUF with random weights (fixed seed), optionally quantized.</summary>
public static class TinyLlamaGguf
{
    public static string Write(string path, TinyLlamaSpec? spec = null)
    {
        spec ??= new TinyLlamaSpec();
        var vocabulary = TinyVocabulary.Create();
        var random = new Random(spec.Seed);
        var kvWidth = spec.KvHeads * spec.HeadSize;
        var writer = new GgufWriter()
            .String("general.architecture", "llama")
            .String("general.name", "tutorbot-tiny-llama")
            .UInt32("general.file_type", 0)
            .UInt32("llama.context_length", (uint)spec.TrainingContext)
            .UInt32("llama.embedding_length", (uint)spec.Embedding)
            .UInt32("llama.block_count", (uint)spec.Layers)
            .UInt32("llama.feed_forward_length", (uint)spec.FeedForward)
            .UInt32("llama.rope.dimension_count", (uint)spec.HeadSize)
            .UInt32("llama.attention.head_count", (uint)spec.Heads)
            .UInt32("llama.attention.head_count_kv", (uint)spec.KvHeads)
            .Float32("llama.attention.layer_norm_rms_epsilon", 1e-5f)
            .String("tokenizer.ggml.model", "llama")
            .Strings("tokenizer.ggml.tokens", vocabulary.Tokens)
            .Float32s("tokenizer.ggml.scores", vocabulary.Scores)
            .Int32s("tokenizer.ggml.token_type", vocabulary.Types)
            .UInt32("tokenizer.ggml.unknown_token_id", TinyVocabulary.Unknown)
            .UInt32("tokenizer.ggml.bos_token_id", TinyVocabulary.BeginOfText)
            .UInt32("tokenizer.ggml.eos_token_id", TinyVocabulary.EndOfText);
        if (spec.ChatTemplate is not null)
        {
            writer.String("tokenizer.chat_template", spec.ChatTemplate);
        }

        void Matrix(string name, long columns, long rows) => Tensor(name, [columns, rows], _ => Gaussian(random) * 0.08f);
        void Norm(string name) => Tensor(name, [spec.Embedding], _ => 1f);
        void Tensor(string name, long[] shape, Func<int, float> value)
        {
            if (!spec.OmitTensors.Contains(name))
            {
                writer.Tensor(name, shape, value);
            }
        }

        Matrix("token_embd.weight", spec.Embedding, vocabulary.Count);
        for (var layer = 0; layer < spec.Layers; layer++)
        {
            var prefix = $"blk.{layer}.";
            Norm(prefix + "attn_norm.weight");
            Matrix(prefix + "attn_q.weight", spec.Embedding, spec.Embedding);
            Matrix(prefix + "attn_k.weight", spec.Embedding, kvWidth);
            Matrix(prefix + "attn_v.weight", spec.Embedding, kvWidth);
            Matrix(prefix + "attn_output.weight", spec.Embedding, spec.Embedding);
            Norm(prefix + "ffn_norm.weight");
            Matrix(prefix + "ffn_gate.weight", spec.Embedding, spec.FeedForward);
            Matrix(prefix + "ffn_up.weight", spec.Embedding, spec.FeedForward);
            Matrix(prefix + "ffn_down.weight", spec.FeedForward, spec.Embedding);
        }

        Norm("output_norm.weight");
        Matrix("output.weight", spec.Embedding, vocabulary.Count);
        writer.WriteTo(path);
        return path;
    }

    /// <summary>Writes the F32 model next to <paramref name="path"/>, then quantizes it (e.g. "q4_k_m") with llama.cpp.</summary>
    public static string WriteQuantized(string path, string quantization, TinyLlamaSpec? spec = null)
    {
        var f32 = path + ".f32.gguf";
        Write(f32, spec);
        try
        {
            // The quantizer's first P/Invoke bypasses LLamaSharp's native library resolution; this call runs it.
            NativeApi.llama_empty_call();
            if (!LLamaQuantizer.Quantize(f32, path, quantization, nthread: 1))
            {
                throw new InvalidOperationException($"llama.cpp could not quantize {f32} to {quantization}");
            }
        }
        finally
        {
            File.Delete(f32);
        }

        return path;
    }

    // Box-Muller: normally distributed weights keep activations in a sane range for any width.
    private static float Gaussian(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return (float)(Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2));
    }
}
