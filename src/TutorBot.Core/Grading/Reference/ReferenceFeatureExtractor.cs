using Microsoft.Extensions.AI;
using TutorBot.Core.Bank;

namespace TutorBot.Core.Grading.Reference;

/// <summary>Measures an answer against a reference answer, its question and (when given) the other answers to it.</summary>
public sealed class ReferenceFeatureExtractor(ITextAnalyzer analyzer, IEmbeddingGenerator<string, Embedding<float>>? embedder = null)
{
    private readonly EmbeddingCache? _embeddings = embedder is null ? null : new EmbeddingCache(embedder);

    public async Task<ReferenceFeatures> ExtractAsync(string question, string reference, string answer, IReadOnlyList<string> peers, CancellationToken cancellationToken)
    {
        var questionTerms = analyzer.Terms(question).ToHashSet(StringComparer.Ordinal);
        var referenceTerms = analyzer.Terms(reference).ToHashSet(StringComparer.Ordinal);
        var expected = referenceTerms.Where(t => !questionTerms.Contains(t)).ToList();
        if (expected.Count == 0)
        {
            expected = referenceTerms.ToList();
        }

        var answerTerms = analyzer.Terms(answer).ToHashSet(StringComparer.Ordinal);
        var recall = Recall(expected, answerTerms);
        var ownWords = answerTerms.Where(t => !questionTerms.Contains(t)).ToList();
        var precision = ownWords.Count == 0 ? 0 : ownWords.Count(referenceTerms.Contains) / (double)ownWords.Count;
        var otherAnswers = peers.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        var bestRecall = otherAnswers.Select(p => Recall(expected, analyzer.Terms(p).ToHashSet(StringComparer.Ordinal))).Append(recall).Max();
        var relativeRecall = bestRecall > 0 ? recall / bestRecall : 0;

        if (_embeddings is null || !IsEnglish(answer) || !IsEnglish(reference))
        {
            return new ReferenceFeatures(recall, relativeRecall, precision, null, null, null);
        }

        var vectors = await _embeddings.EmbedAsync([answer, reference, question, .. otherAnswers], cancellationToken);
        var (a, r, q) = (vectors[0], vectors[1], vectors[2]);
        var raw = VectorMath.Cosine(a, r);
        var withoutQuestion = string.IsNullOrWhiteSpace(question) ? raw : VectorMath.Cosine(VectorMath.Without(a, q), VectorMath.Without(r, q));
        double? peerCosine = otherAnswers.Count > 0 ? VectorMath.Cosine(a, VectorMath.Centroid(vectors.Skip(3))) : null;
        return new ReferenceFeatures(recall, relativeRecall, precision, withoutQuestion, raw, peerCosine);
    }

    private static double Recall(IReadOnlyList<string> expected, HashSet<string> actual) =>
        expected.Count == 0 ? 0 : expected.Count(actual.Contains) / (double)expected.Count;

    // The bundled embedder knows only English; Chinese text would become unknown tokens.
    private static bool IsEnglish(string text) => LanguageDetector.Detect(text) == Language.En && !text.Any(LanguageDetector.IsCjk);
}
