using TutorBot.Core.Bank;
using TutorBot.Core.Conversation.Intents;
using TutorBot.Core.Interview;

namespace TutorBot.Discord.Interactions;

/// <summary>Intents built straight from slash command options, never from a line of text.</summary>
public static class SlashIntents
{
    /// <summary>/interview start: topic, count, language, timed and minutes (minutes alone also mean timed).</summary>
    public static StartInterview StartInterview(CommandInvocation command) => new(InterviewMode.Practice)
    {
        Topic = command.Option("topic"),
        Count = command.IntOption("count"),
        Language = LanguageDetector.TryParse(command.Option("language"), out var language) ? language : null,
        Timed = command.Option("timed") == "true",
        Minutes = command.IntOption("minutes"),
    };

    /// <summary>/language: zh or en pins the reply language, auto lets each question's language decide.</summary>
    public static TutorIntent SetLanguage(string choice)
    {
        if (choice.Trim().Equals("auto", StringComparison.OrdinalIgnoreCase))
        {
            return new SetLanguage(null);
        }

        return LanguageDetector.TryParse(choice, out var language) ? new SetLanguage(language) : new MalformedCommand("/language zh|en|auto");
    }
}
