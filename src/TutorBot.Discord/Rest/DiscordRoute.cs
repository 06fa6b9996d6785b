namespace TutorBot.Discord.Rest;

/// <summary>
/// A request's rate-limit key and its loggable form. Discord limits per route and per "major parameter"
/// (channel, guild, webhook id and token), so those stay in the key; other ids collapse to {id}.
/// Webhook and interaction tokens are replaced by {token} in the display form.
/// </summary>
public sealed record DiscordRoute(string BucketKey, string Display)
{
    public static DiscordRoute From(HttpMethod method, string path)
    {
        var segments = path.Split('?')[0].Trim('/').Split('/');
        var key = new string[segments.Length];
        var display = new string[segments.Length];
        for (var i = 0; i < segments.Length; i++)
        {
            var previous = i > 0 ? segments[i - 1] : "";
            var beforePrevious = i > 1 ? segments[i - 2] : "";
            var segment = segments[i];
            if (beforePrevious is "webhooks" or "interactions")
            {
                key[i] = segment;
                display[i] = "{token}";
            }
            else if (previous is "channels" or "guilds" or "webhooks" or "interactions")
            {
                key[i] = segment;
                display[i] = segment;
            }
            else if (segment.Length > 0 && segment.All(char.IsAsciiDigit))
            {
                key[i] = "{id}";
                display[i] = segment;
            }
            else
            {
                key[i] = segment;
                display[i] = segment;
            }
        }

        return new DiscordRoute($"{method.Method} /{string.Join('/', key)}", $"{method.Method} /{string.Join('/', display)}");
    }
}
