using TutorBot.Core.Bank;
using TutorBot.Core.Grading;

namespace TutorBot.Core.Tests.Grading;

public sealed class GradeRequestBuilder(BankEntry entry, string answer, Language language)
{
    public GradeRequest Build() => new(entry, entry.Question.For(language), null, answer, language);
}
