namespace TutorBot.Core.Grading;

public enum AnswerProblem
{
    None,
    Empty,
    Unreadable,
    UnsupportedLanguage,
}
