using TutorBot.Llm.Templates;

namespace TutorBot.Llm.Tests.Templates;

public sealed class ConversationTrimmerTests
{
    private static readonly ChatMlFormatter Formatter = new();

    private static int Characters(string text) => text.Length;

    [Fact]
    public void AConversationThatFitsIsLeftAlone()
    {
        ChatTurn[] turns = [new("system", "be brief"), new("user", "hi")];

        var (prompt, dropped) = ConversationTrimmer.Fit(turns, Formatter, Characters, budget: 1000);

        Assert.Equal(Formatter.Format(turns), prompt);
        Assert.Equal(0, dropped);
    }

    [Fact]
    public void TheOldestTurnsGoFirstWhileTheSystemPromptAndLatestTurnStay()
    {
        ChatTurn[] turns =
        [
            new("system", "SYSTEM"),
            new("user", "first question " + new string('a', 200)),
            new("assistant", "first answer " + new string('b', 200)),
            new("user", "LATEST"),
        ];
        var budget = Formatter.Format([turns[0], turns[2], turns[3]]).Length;

        var (prompt, dropped) = ConversationTrimmer.Fit(turns, Formatter, Characters, budget);

        Assert.Equal(1, dropped);
        Assert.Contains("SYSTEM", prompt);
        Assert.Contains("LATEST", prompt);
        Assert.DoesNotContain("first question", prompt);
        Assert.Contains("first answer", prompt);
    }

    [Fact]
    public void ALatestTurnLongerThanTheContextKeepsItsEnd()
    {
        ChatTurn[] turns = [new("system", "SYSTEM"), new("user", new string('x', 5000) + "THE END")];

        var (prompt, _) = ConversationTrimmer.Fit(turns, Formatter, Characters, budget: 300);

        Assert.True(prompt.Length <= 300);
        Assert.Contains("SYSTEM", prompt);
        Assert.Contains("THE END", prompt);
    }
}
