using System.Text;
using TutorBot.Core.Bank;
using TutorBot.Core.Conversation;
using TutorBot.Core.Interview;

namespace TutorBot.Discord.Rendering;

/// <summary>Turns TutorService replies into Discord messages: headings, a score bar, covered and missed key points, buttons.</summary>
public static class ReplyRenderer
{
    public static IReadOnlyList<DiscordMessage> Render(IReadOnlyList<TutorReply> replies, bool interviewButtons)
    {
        var messages = new List<DiscordMessage>();
        foreach (var reply in replies)
        {
            var chunks = MessageSplitter.Split(Format(reply));
            for (var i = 0; i < chunks.Count; i++)
            {
                var last = i == chunks.Count - 1;
                var language = reply.Language;
                var question = reply.Question;
                messages.Add(new DiscordMessage(chunks[i])
                {
                    Components = last && interviewButtons && question is not null ? () => InterviewComponents.Buttons(language, question) : null,
                    AttachmentPath = last ? reply.AttachmentPath : null,
                });
            }
        }

        return messages;
    }

    public static string Format(TutorReply reply)
    {
        var zh = reply.Language == Language.Zh;
        var text = new StringBuilder();
        switch (reply.Kind)
        {
            case ReplyKind.Question when reply.IsFollowup:
                text.AppendLine(reply.FollowupKind switch
                {
                    FollowupKind.Scaffold => zh ? "**引导**" : "**Scaffold**",
                    FollowupKind.Stretch => zh ? "**拓展**" : "**Stretch**",
                    _ => zh ? "**追问**" : "**Probe**",
                });
                break;
            case ReplyKind.Question when reply.QuestionNumber is { } number:
                var of = reply.QuestionCount is { } count ? $"/{count}" : "";
                if (!reply.Text.Contains($"{number}{of}", StringComparison.Ordinal))
                {
                    text.AppendLine(zh ? $"**第 {number}{of} 题**" : $"**Question {number}{of}**");
                }

                break;
            case ReplyKind.Feedback when reply.Score is { } score:
                text.AppendLine($"`{ScoreBar.Render(score)}`");
                break;
            case ReplyKind.Summary:
                text.AppendLine(zh ? "**总结**" : "**Summary**");
                break;
            case ReplyKind.Error:
                text.Append("⚠️ ");
                break;
        }

        text.Append(reply.Text.Trim());
        if (reply.Deadline is { } deadline)
        {
            // Discord shows <t:UNIX:R> as a live "in 2 minutes" in each reader's own clock.
            text.AppendLine().Append(zh ? "⏱ 时间截止：" : "⏱ Time is up ").Append($"<t:{deadline.ToUnixTimeSeconds()}:R>");
        }

        // The tutor's text often lists the key points already; the lines below add them only when it does not.
        if (reply.Covered.Count > 0 && !MentionsAll(reply.Text, reply.Covered))
        {
            text.AppendLine().Append(zh ? "✅ 答到：" : "✅ Covered: ").Append(string.Join(" · ", reply.Covered));
        }

        if (reply.Missed.Count > 0 && !MentionsAll(reply.Text, reply.Missed))
        {
            text.AppendLine().Append(zh ? "❌ 遗漏：" : "❌ Missed: ").Append(string.Join(" · ", reply.Missed));
        }

        return text.ToString();
    }

    private static bool MentionsAll(string text, IReadOnlyList<string> points) =>
        points.All(point => text.Contains(point, StringComparison.OrdinalIgnoreCase));
}
