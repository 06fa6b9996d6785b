using System.Text;
using TutorBot.Core.Bank;
using TutorBot.Core.Conversation;
using TutorBot.Core.Interview;
using TutorBot.Core.Phrasing;
using TutorBot.Discord.Interactions;

namespace TutorBot.Discord.Rendering;

/// <summary>Turns TutorService replies into Discord messages: feedback as an embed, other replies as text with headings, and buttons.</summary>
public static class ReplyRenderer
{
    public static IReadOnlyList<DiscordMessage> Render(IReadOnlyList<TutorReply> replies, bool interviewButtons)
    {
        var messages = new List<DiscordMessage>();
        foreach (var reply in replies)
        {
            if (reply is { Kind: ReplyKind.Feedback, Score: not null })
            {
                messages.Add(new DiscordMessage("")
                {
                    Embeds = () => [FeedbackEmbed.Build(reply)],
                    Components = reply is { Reference: not null, EntryId: { } entry } && CustomIds.ReferenceFor(entry) is { } id
                        ? () => InterviewComponents.ReferenceButton(reply.Language, id)
                        : null,
                });
                continue;
            }

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
        var language = reply.Language;
        var text = new StringBuilder();
        switch (reply.Kind)
        {
            case ReplyKind.Question when reply is { Prompt: { } prompt, QuestionNumber: { } number, QuestionCount: { } count }:
                var header = reply.FollowupKind is { } kind
                    ? Phrases.FollowupHeader(reply.Language, kind, number, count)
                    : Phrases.QuestionHeader(reply.Language, number, count, reply.Topic ?? "");
                text.Append("**").Append(header).AppendLine("**").Append(prompt.Trim());
                AppendDeadline(text, reply.Deadline, language);
                return text.ToString();
            case ReplyKind.Question when reply.IsFollowup:
                text.AppendLine(reply.FollowupKind switch
                {
                    FollowupKind.Scaffold => $"**{Phrases.ScaffoldHeading(language)}**",
                    FollowupKind.Stretch => $"**{Phrases.StretchHeading(language)}**",
                    _ => $"**{Phrases.ProbeHeading(language)}**",
                });
                break;
            case ReplyKind.Question when reply.QuestionNumber is { } number:
                var of = reply.QuestionCount is { } total ? $"/{total}" : "";
                text.AppendLine($"**{Phrases.QuestionHeading(language, number, of)}**");
                break;
            case ReplyKind.Summary:
                text.AppendLine($"**{Phrases.SummaryHeading(language)}**");
                break;
            case ReplyKind.Error:
                text.Append("⚠️ ");
                break;
        }

        text.Append(reply.Text.Trim());
        AppendDeadline(text, reply.Deadline, language);
        return text.ToString();
    }

    private static void AppendDeadline(StringBuilder text, DateTimeOffset? deadline, Language language)
    {
        if (deadline is { } due)
        {
            // Discord shows <t:UNIX:R> as a live "in 2 minutes" in each reader's own clock.
            text.AppendLine().Append(Phrases.TimeIsUp(language)).Append($"<t:{due.ToUnixTimeSeconds()}:R>");
        }
    }
}
