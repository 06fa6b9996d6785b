namespace TutorBot.Core.Grading;

public interface IAnswerGrader
{
    /// <summary>Never throws on bad answers (empty, huge, binary, wrong language): returns a clear result.</summary>
    Task<GradeResult> GradeAsync(GradeRequest request, CancellationToken cancellationToken = default);
}
