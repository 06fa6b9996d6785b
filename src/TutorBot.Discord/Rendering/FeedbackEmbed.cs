using System.Text.Json.Nodes;
using TutorBot.Core.Bank;
using TutorBot.Core.Conversation;
using TutorBot.Core.Phrasing;

namespace TutorBot.Discord.Rendering;

/// <summary>
/// A graded answer as a Discord embed, from the reply's fields (never from its text): the question in the title,
/// a score bar and the comment in the description, a colour by score, the covered and missed key points and the
/// citations as fields; always within <see cref="EmbedLimits"/>.
/// </summary>
public static class FeedbackEmbed
{
    private const int Green = 0x2ECC71;
    private const int Amber = 0xF1C40F;
    private const int Red = 0xE74C3C;

    /// <summary>Kept for the description (score bar and comment) however many points the fields list.</summary>
    private const int DescriptionReserve = 300;

    public static JsonObject Build(TutorReply reply)
    {
        var language = reply.Language;
        var title = EmbedLimits.Fit(Title(reply), EmbedLimits.Title);
        var fields = new JsonArray();
        var used = title.Length + DescriptionReserve;
        AddField(fields, Phrases.CoveredField(language), Bullets(reply.Covered), ref used);
        AddField(fields, Phrases.MissedField(language), Bullets(reply.Missed), ref used);
        for (var i = 0; i < reply.Citations.Count && fields.Count < EmbedLimits.Fields; i++)
        {
            AddField(fields, Phrases.SourceField(language, i + 1), reply.Citations[i], ref used, inline: true);
        }

        var description = EmbedLimits.Fit(Description(reply), Math.Min(EmbedLimits.Description, EmbedLimits.Total - used + DescriptionReserve));
        return new JsonObject
        {
            ["title"] = title,
            ["description"] = description,
            ["color"] = Colour(reply.Score ?? 0),
            ["fields"] = fields,
        };
    }

    private static string Title(TutorReply reply)
    {
        var of = reply.QuestionCount is { } count ? $"/{count}" : "";
        return Phrases.FeedbackTitle(reply.Language, reply.QuestionNumber, of, reply.IsFollowup);
    }

    private static string Description(TutorReply reply)
    {
        var score = reply.Score ?? 0;
        var text = $"`{ScoreBar.Render(score)}`";
        if (reply.FollowupCredit is { } credit)
        {
            text += "  " + Phrases.ScoreLine(reply.Language, score, credit);
        }

        return reply.Comment is { Length: > 0 } comment ? text + "\n\n" + comment : text;
    }

    private static string Bullets(IReadOnlyList<string> points) => string.Join('\n', points.Select(p => "• " + p));

    /// <summary>Adds the field when it has a value and room is left, cut to the field limits and to what the total leaves.</summary>
    private static void AddField(JsonArray fields, string name, string value, ref int used, bool inline = false)
    {
        var room = EmbedLimits.Total - used - name.Length;
        if (value.Length == 0 || fields.Count >= EmbedLimits.Fields || room < 2)
        {
            return;
        }

        var fitted = EmbedLimits.Fit(value, Math.Min(EmbedLimits.FieldValue, room));
        used += name.Length + fitted.Length;
        fields.Add(new JsonObject { ["name"] = EmbedLimits.Fit(name, EmbedLimits.FieldName), ["value"] = fitted, ["inline"] = inline });
    }

    private static int Colour(double score) => score switch
    {
        >= 8 => Green,
        >= 5 => Amber,
        _ => Red,
    };
}
