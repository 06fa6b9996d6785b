namespace TutorBot.Core.Grading.Reference;

/// <summary>
/// Linear models from features to a 0-5 score, fitted by least squares on the Mohler dev split only
/// (assignments 1-6); the richest applicable one is used. Test-split numbers are in the README.
/// </summary>
public static class ReferenceCalibration
{
    public const double MaxScore = 5.0;

    // A first look at off-topic answers: no shared term and an embedding pointing away from the reference.
    private const double OffTopicCosine = 0.05;

    public static double Score(ReferenceFeatures f)
    {
        if (f.Recall == 0 && (f.RawReferenceCosine is { } cosine ? cosine < OffTopicCosine : f.Precision == 0))
        {
            return 0;
        }

        var score = (f.ReferenceCosine, f.PeerCosine) switch
        {
            ({ } reference, { } peers) => 1.992 + 0.832 * f.RelativeRecall + 0.827 * reference + 1.930 * peers + 0.284 * f.Precision,
            ({ } reference, null) => 3.145 + 0.958 * f.Recall + 1.469 * reference + 0.210 * f.Precision,
            _ => 3.483 + 1.376 * f.Recall + 0.627 * f.Precision,
        };
        return Math.Clamp(score, 0, MaxScore);
    }

    public static string Describe(ReferenceFeatures f) => (f.ReferenceCosine, f.PeerCosine) switch
    {
        (not null, not null) => "reference+embedding+peers",
        (not null, null) => "reference+embedding",
        _ => "reference",
    };
}
