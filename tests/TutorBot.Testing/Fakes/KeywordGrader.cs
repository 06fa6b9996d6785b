using TutorBot.Core.Grading;

namespace TutorBot.Testing.Fakes;

/// <summary>
/// Grades by aliases: a key point counts when one of its aliases appears. Records what it saw, and can check that
/// the answer was stored before grading or fail (as a crash between storing and grading would).
/// </summary>
public sealed class KeywordGrader : IAnswerGrader
{
    private readonly Lock _lock = new();

    public List<GradeRequest> Requests { get; } = [];

    public Func<GradeRequest, Task>? BeforeGrading { get; set; }

    public Task<GradeResult> GradeAsync(GradeRequest request, CancellationToken cancellationToken = default) => GradeCoreAsync(request);

    private async Task<GradeResult> GradeCoreAsync(GradeRequest request)
    {
        lock (_lock)
        {
            Requests.Add(request);
        }

        if (BeforeGrading is not null)
        {
            await BeforeGrading(request);
        }

        var points = request.Entry!.KeyPoints;
        var covered = points
            .Where(k => k.Aliases.Any(a => request.Answer.Contains(a, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        var score = 10 * covered.Sum(k => k.Weight) / points.Sum(k => k.Weight);
        return new GradeResult(
            score,
            covered.Select(k => new CoveredPoint(k.Id, k.Aliases[0])).ToList(),
            points.Except(covered).Select(k => k.Id).ToList(),
            ["keywords"],
            1,
            "");
    }
}
