namespace TutorBot.Core.Interview;

/// <summary>
/// The interviewer's move after a graded answer. A blank answer to the question gets a scaffold (one more try),
/// then the interview moves on; a partial answer gets a probe of the heaviest missed point; a strong one at most
/// one stretch question. After a scaffold or a stretch the question ends; after a probe that drew nothing too.
/// Never more than the configured number of follow-ups per question.
/// </summary>
public static class FollowupPolicy
{
    /// <param name="question">The question, graded, with the follow-up just answered (if any) last in its list.</param>
    /// <param name="answerLevel">How the latest answer went, against what it was asked.</param>
    /// <param name="questionLevel">How the question stands as a whole, follow-up credit included.</param>
    public static FollowupKind? Next(InterviewQuestion question, AnswerLevel answerLevel, AnswerLevel questionLevel, int maxFollowups)
    {
        if (question.Followups.Count >= maxFollowups)
        {
            return null;
        }

        var answered = question.Followups.LastOrDefault();
        if (answered is { Kind: FollowupKind.Scaffold or FollowupKind.Stretch }
            || (answered is { Kind: FollowupKind.Probe } && answerLevel == AnswerLevel.Blank))
        {
            return null;
        }

        return questionLevel switch
        {
            AnswerLevel.Blank => answered is null ? FollowupKind.Scaffold : null,
            AnswerLevel.Partial => FollowupKind.Probe,
            _ => question.Followups.Any(f => f.Kind == FollowupKind.Stretch) ? null : FollowupKind.Stretch,
        };
    }
}
