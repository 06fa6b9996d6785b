using TutorBot.Core.Bank;
using TutorBot.Core.Conversation;
using TutorBot.Core.Conversation.Intents;
using TutorBot.Core.Interview;
using TutorBot.Testing.Fakes;

namespace TutorBot.Core.Tests.Conversation;

/// <summary>The console's line, read once into an intent.</summary>
public sealed class ChatLineParserTests
{
    private static readonly ChatLineParser Parser = new(new QuestionPicker(TestBank.Create()));

    public static TheoryData<string, TutorIntent> Lines => new()
    {
        { "/interview transformer 3 zh timed 5", new StartInterview(InterviewMode.Practice) { Topic = "transformer", Count = 3, Language = Language.Zh, Timed = true, Minutes = 5 } },
        { "/review", new StartInterview(InterviewMode.Review) },
        { "/interview quantum", new StartInterview(InterviewMode.Practice) { Topic = "quantum" } },
        { "/hint", new RequestHint() },
        { "/SKIP", new SkipQuestion() },
        { "/end", new EndInterview() },
        { "/resume", new ResumeInterview() },
        { "/lang zh", new SetLanguage(Language.Zh) },
        { "/lang auto", new SetLanguage(null) },
        { "/lang klingon", new MalformedCommand("/lang zh|en|auto") },
        { "/help", new ShowHelp() },
        { "/progress", new ShowProgress() },
        { "/ask what is a KV cache", new AskQuestion("what is a KV cache") },
        { "/calc KV cache of llama-2-7b", new Calculate("KV cache of llama-2-7b") },
        { "/grade kv-cache | keys and values", new GradeAnswer("kv-cache", "keys and values") },
        { "/grade kv-cache", new GradeAnswer("kv-cache", "") },
        { "/launch", new UnknownCommand("/launch") },
        { "  softmax saturates  ", new FreeText("softmax saturates") },
        { "// not a command", new FreeText("// not a command") },
        { "什么是 KV cache？", new FreeText("什么是 KV cache？") },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void EachLineBecomesOneIntent(string line, TutorIntent expected)
    {
        Assert.Equal(expected, Parser.Parse(line));
    }
}
