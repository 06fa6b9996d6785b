using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;

namespace TutorBot.Llm.Prompts;

/// <summary>
/// Splits a rendered prompt into messages: &lt;message role="..."&gt; blocks, as in Semantic Kernel chat prompts,
/// with their content HTML-decoded (the template engine encodes variable values); plain text is one user message.
/// </summary>
public static partial class PromptMessageParser
{
    public static IReadOnlyList<ChatMessage> Parse(string rendered)
    {
        var matches = MessagePattern().Matches(rendered);
        if (matches.Count == 0)
        {
            return [new ChatMessage(ChatRole.User, WebUtility.HtmlDecode(rendered.Trim()))];
        }

        return [.. matches.Select(m => new ChatMessage(new ChatRole(m.Groups["role"].Value), WebUtility.HtmlDecode(m.Groups["content"].Value.Trim())))];
    }

    [GeneratedRegex("""<message\s+role\s*=\s*["'](?<role>system|user|assistant)["']\s*>(?<content>.*?)</message>""", RegexOptions.Singleline)]
    private static partial Regex MessagePattern();
}
