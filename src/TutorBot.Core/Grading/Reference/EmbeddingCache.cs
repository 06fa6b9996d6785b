using System.Collections.Concurrent;
using Microsoft.Extensions.AI;

namespace TutorBot.Core.Grading.Reference;

/// <summary>
/// Embeds texts through the registered generator, remembering recent ones: a batch grades many answers against
/// the same reference, question and peers.
/// </summary>
public sealed class EmbeddingCache(IEmbeddingGenerator<string, Embedding<float>> generator, int capacity = 20_000)
{
    private readonly ConcurrentDictionary<string, float[]> _vectors = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var missing = texts.Where(t => !_vectors.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            if (_vectors.Count + missing.Count > capacity)
            {
                _vectors.Clear();
            }

            var embeddings = await generator.GenerateAsync(missing, cancellationToken: cancellationToken);
            for (var i = 0; i < missing.Count; i++)
            {
                _vectors[missing[i]] = embeddings[i].Vector.ToArray();
            }
        }

        return texts.Select(t => _vectors.TryGetValue(t, out var v) ? v : []).ToList();
    }
}
