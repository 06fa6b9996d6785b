using LLama;
using LLama.Batched;
using LLama.Sampling;

namespace TutorBot.Llm.Generation;

/// <summary>A job that holds a sequence in the batch: its conversation, sampler, decoder and stop filter.</summary>
internal sealed class ActiveGeneration(GenerationJob job, Conversation conversation, ISamplingPipeline sampler, StreamingTokenDecoder decoder, int promptTokens)
    : IDisposable
{
    public GenerationJob Job { get; } = job;

    public Conversation Conversation { get; } = conversation;

    public ISamplingPipeline Sampler { get; } = sampler;

    public StreamingTokenDecoder Decoder { get; } = decoder;

    public StopSequenceFilter Filter { get; } = new(job.Request.StopSequences);

    public int PromptTokens { get; } = promptTokens;

    public int GeneratedTokens { get; set; }

    public void Dispose()
    {
        Conversation.Dispose();
        Sampler.Dispose();
    }
}
