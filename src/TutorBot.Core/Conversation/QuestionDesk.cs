using System.Text;
using TutorBot.Core.Ask;
using TutorBot.Core.Ask.Context;
using TutorBot.Core.Bank;
using TutorBot.Core.Calculations;
using TutorBot.Core.Grading;
using TutorBot.Core.Interview;
using TutorBot.Core.Phrasing;

namespace TutorBot.Core.Conversation;

/// <summary>The one-shot requests outside the interview flow: /ask (and free questions), /calc and /grade.</summary>
public sealed class QuestionDesk(QuestionBank bank, IAnswerGrader grader, IAskService? ask = null, ICalculatorService? calculator = null)
{
    public async Task<TutorReply> AskAsync(string question, Language language, IReadOnlyList<ContextTurn> context, string userKey, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(question))
        {
            return Error(Phrases.EmptyArgument(language, "/ask QUESTION"), language);
        }

        if (ask is null)
        {
            return Error(Phrases.Unavailable(language, Phrases.QuestionAnswering(language)), language);
        }

        var answer = await ask.AskAsync(new AskRequest(question, language, context, userKey), cancellationToken);
        return new TutorReply(ReplyKind.Answer, answer.Answer.Trim())
        {
            Language = language,
            Citations = answer.Citations,
            EntryId = answer.Citations.FirstOrDefault(),
            Resolution = answer.Resolution,
        };
    }

    public TutorReply Calculate(string question, Language language)
    {
        if (string.IsNullOrWhiteSpace(question))
        {
            return Error(Phrases.EmptyArgument(language, "/calc QUESTION"), language);
        }

        if (calculator is null)
        {
            return Error(Phrases.Unavailable(language, Phrases.Calculation(language)), language);
        }

        var outcome = new CalculationResolver(calculator).Resolve(question);
        return outcome.Kind switch
        {
            CalculationOutcomeKind.Calculated => new TutorReply(ReplyKind.Answer, CalculationPresenter.Render(outcome.Result!, language)) { Language = language },
            CalculationOutcomeKind.Incomplete => Error(CalculationPresenter.Missing(outcome.Route!.Calculator, outcome.Missing, language), language),
            CalculationOutcomeKind.Rejected => Error(CalculationPresenter.Rejected(outcome.Problem!, language), language),
            _ => Error(CalculationPresenter.NotNumeric(calculator.Names, language), language),
        };
    }

    /// <summary>Grades an answer to a bank entry (by id) or to any question; "reference" is an optional model answer.</summary>
    public async Task<TutorReply> GradeAsync(string question, string answer, string? reference, Language language, string userKey, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(question) || string.IsNullOrWhiteSpace(answer))
        {
            return Error(Phrases.EmptyArgument(language, "/grade QUESTION | ANSWER"), language);
        }

        var entry = bank.Find(question.Trim());
        var questionText = entry?.Question.For(language) ?? question.Trim();
        var result = await grader.GradeAsync(
            new GradeRequest(entry, questionText, reference ?? entry?.Answer.For(language), answer, language, userKey),
            cancellationToken);
        var covered = InterviewWriter.KeyPointTexts(entry, result.Covered.Select(c => c.KeyPointId).Distinct(), language);
        var missed = InterviewWriter.KeyPointTexts(entry, result.Missed, language);
        var text = new StringBuilder();
        text.AppendLine(Phrases.ScoreLine(language, result.Score));
        InterviewWriter.AppendPoints(text, covered, missed, language);

        if (result.Feedback.Length > 0)
        {
            text.AppendLine(result.Feedback.Trim());
        }

        return new TutorReply(ReplyKind.Feedback, text.ToString().TrimEnd())
        {
            Language = language,
            EntryId = entry?.Id,
            Score = Math.Round(result.Score, 2),
            Covered = covered,
            Missed = missed,
            Comment = result.Feedback.Length > 0 ? result.Feedback.Trim() : null,
        };
    }

    private static TutorReply Error(string text, Language language) => new(ReplyKind.Error, text) { Language = language };
}
