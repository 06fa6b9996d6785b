namespace TutorBot.Core.Grading.Reference;

/// <summary>
/// What the reference-only grader measures about an answer (see ReferenceCalibration for how they combine).
/// Recall: share of the reference's terms (question words left out) the answer uses; RelativeRecall: the same
/// divided by the best recall among the answers to the question; Precision: share of the answer's terms found in
/// the reference; ReferenceCosine: embedding similarity with the question's direction projected out;
/// PeerCosine: similarity to the centroid of the other answers. Embedding values are null where unavailable.
/// </summary>
public sealed record ReferenceFeatures(
    double Recall,
    double RelativeRecall,
    double Precision,
    double? ReferenceCosine,
    double? RawReferenceCosine,
    double? PeerCosine);
