namespace TutorBot.Core.Grading.Reference;

/// <summary>
/// What the reference-only grader measures about an answer. Similarities are 0-1; the embedding ones are 0 when
/// the text is not English or no embedder is registered (HasEmbeddings tells which).
/// </summary>
public sealed record ReferenceFeatures(
    double Recall,
    double Precision,
    double ReferenceCosine,
    double BestUnitCosine,
    double PeerCosine,
    double PeerOverlap,
    double LogLength,
    bool HasEmbeddings,
    bool HasPeers);
