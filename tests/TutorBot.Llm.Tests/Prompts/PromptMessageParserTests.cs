using Microsoft.Extensions.AI;
using TutorBot.Llm.Prompts;

namespace TutorBot.Llm.Tests.Prompts;

public sealed class PromptMessageParserTests
{
    [Fact]
    public void MessageBlocksBecomeMessagesWithDecodedContent()
    {
        var messages = PromptMessageParser.Parse("""
            <message role="system">You grade answers.</message>
            <message role="user">Answer: &lt;b&gt;softmax&lt;/b&gt; &amp; scaling</message>
            """);

        Assert.Equal(2, messages.Count);
        Assert.Equal(ChatRole.System, messages[0].Role);
        Assert.Equal("You grade answers.", messages[0].Text);
        Assert.Equal(ChatRole.User, messages[1].Role);
        Assert.Equal("Answer: <b>softmax</b> & scaling", messages[1].Text);
    }

    [Fact]
    public void PlainTextIsOneUserMessage()
    {
        var message = Assert.Single(PromptMessageParser.Parse("  What is RoPE?  "));

        Assert.Equal(ChatRole.User, message.Role);
        Assert.Equal("What is RoPE?", message.Text);
    }
}
