using TutorBot.Core.Bank;
using TutorBot.Core.Conversation.Intents;
using TutorBot.Core.Interview;

namespace TutorBot.Core.Conversation;

/// <summary>
/// Reads one typed line (the console, a plain message in an interview thread) into an intent, once: a slash
/// command ("/interview transformer 3", "/grade q | a") or free text.
/// </summary>
public sealed class ChatLineParser(QuestionPicker picker)
{
    public TutorIntent Parse(string line)
    {
        var text = line.Trim();
        if (TutorCommand.Parse(text) is not { } command)
        {
            return new FreeText(text);
        }

        return command.Name switch
        {
            "/interview" => InterviewPlanParser.Parse(command.Words, InterviewMode.Practice, picker.IsKnownTopic),
            "/review" => InterviewPlanParser.Parse(command.Words, InterviewMode.Review, picker.IsKnownTopic),
            "/hint" => new RequestHint(),
            "/skip" => new SkipQuestion(),
            "/end" => new EndInterview(),
            "/resume" => new ResumeInterview(),
            "/lang" => Language(command.Rest),
            "/help" => new ShowHelp(),
            "/progress" => new ShowProgress(),
            "/ask" => new AskQuestion(command.Rest),
            "/calc" => new Calculate(command.Rest),
            "/grade" => Grade(command.Rest),
            _ => new UnknownCommand(command.Name),
        };
    }

    private static TutorIntent Language(string rest)
    {
        if (rest.Trim().Equals("auto", StringComparison.OrdinalIgnoreCase))
        {
            return new SetLanguage(null);
        }

        return LanguageDetector.TryParse(rest, out var chosen) ? new SetLanguage(chosen) : new MalformedCommand("/lang zh|en|auto");
    }

    /// <summary>"/grade question | answer"; without a bar the whole rest is the question and the answer is empty.</summary>
    private static GradeAnswer Grade(string rest)
    {
        var bar = rest.IndexOf('|');
        return bar < 0 ? new GradeAnswer(rest, "") : new GradeAnswer(rest[..bar].Trim(), rest[(bar + 1)..].Trim());
    }
}
