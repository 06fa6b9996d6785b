using Microsoft.Extensions.AI;
using TutorBot.Core.Grading.Reference;
using TutorBot.Retrieval.Embeddings;
using Xunit;

namespace TutorBot.Retrieval.Tests.Embeddings;

public sealed class MiniLmEmbeddingGeneratorTests
{
    [Fact]
    public async Task AParaphraseIsCloserThanAnUnrelatedSentence()
    {
        using var generator = new MiniLmEmbeddingGenerator();

        var embeddings = await generator.GenerateAsync(
        [
            "A stack is a last-in, first-out data structure.",
            "Items pushed last onto a stack are popped first.",
            "The weather in the mountains was cold and rainy.",
        ]);

        Assert.Equal(3, embeddings.Count);
        Assert.All(embeddings, e => Assert.Equal(384, e.Vector.Length));
        var paraphrase = VectorMath.Cosine(embeddings[0].Vector.Span, embeddings[1].Vector.Span);
        var unrelated = VectorMath.Cosine(embeddings[0].Vector.Span, embeddings[2].Vector.Span);
        Assert.True(paraphrase > unrelated + 0.2, $"paraphrase {paraphrase:0.00}, unrelated {unrelated:0.00}");
    }

    [Fact]
    public async Task NoTextsGiveNoEmbeddingsWithoutLoadingTheModel()
    {
        using var generator = new MiniLmEmbeddingGenerator();

        var embeddings = await generator.GenerateAsync([]);

        Assert.Empty(embeddings);
        Assert.IsType<EmbeddingGeneratorMetadata>(generator.GetService(typeof(EmbeddingGeneratorMetadata)));
    }
}
