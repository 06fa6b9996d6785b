using System.ComponentModel.DataAnnotations;
using TutorBot.Discord.Gateway.Sharding;

namespace TutorBot.Discord;

/// <summary>The Discord bot's settings; the token comes from TUTORBOT__DISCORD__TOKEN or user-secrets, never appsettings.json.</summary>
public sealed class DiscordOptions : IValidatableObject
{
    public const string SectionName = "Discord";

    /// <summary>The bot token. Never logged, never put into exception messages.</summary>
    public string Token { get; set; } = "";

    /// <summary>The application id; looked up with GET /applications/@me when empty.</summary>
    public string ApplicationId { get; set; } = "";

    /// <summary>Register slash commands to this guild only (they appear at once); globally when empty.</summary>
    public string GuildId { get; set; } = "";

    /// <summary>Request the privileged MESSAGE_CONTENT intent so that plain messages in an interview thread count as answers.</summary>
    public bool EnableMessageContent { get; set; }

    /// <summary>Overrides the gateway URL that GET /gateway/bot returns (tests point this at a local server).</summary>
    public string GatewayUrl { get; set; } = "";

    [Required]
    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";

    /// <summary>Seconds a user waits between requests that may run the model (/ask, /grade).</summary>
    [Range(0, 3600)]
    public double ModelCooldownSeconds { get; set; } = 10;

    [Range(1, 4000)]
    public int MaxAnswerLength { get; set; } = 4000;

    [Range(1, 1000)]
    public int GlobalRequestsPerSecond { get; set; } = 50;

    [Range(0, 10)]
    public int MaxServerErrorRetries { get; set; } = 3;

    /// <summary>The first pause before retrying a 5xx; doubles on each retry.</summary>
    public TimeSpan ServerErrorBackoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The first pause before reconnecting after a dropped connection; doubles up to ReconnectBackoffMax.</summary>
    public TimeSpan ReconnectBackoff { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan ReconnectBackoffMax { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Discord asks for a random 1-5 s wait after Invalid Session (op 9).</summary>
    public TimeSpan InvalidSessionDelayMin { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan InvalidSessionDelayMax { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many shards the bot has in all: "auto" takes the number GET /gateway/bot recommends.</summary>
    public string ShardCount { get; set; } = ShardCountSetting.Auto;

    /// <summary>The shards this process runs, e.g. "0-3" or "4,5"; empty runs them all. Processes split the rest.</summary>
    public string Shards { get; set; } = "";

    /// <summary>Discord allows one Identify per 5 s per max_concurrency bucket.</summary>
    public TimeSpan IdentifyInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>On stop, how long turns already under way may take to finish before their users are told to try again.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Auto-archive for interview threads, in minutes (60, 1440, 4320 or 10080).</summary>
    public int ThreadAutoArchiveMinutes { get; set; } = 1440;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        int? count = null;
        IReadOnlyList<int>? shards = null;
        var errors = new List<ValidationResult>();
        try
        {
            count = ShardCountSetting.Parse(ShardCount);
            shards = ShardSelection.Parse(Shards);
        }
        catch (FormatException exception)
        {
            errors.Add(new ValidationResult(exception.Message, [nameof(Shards)]));
        }

        if (count is { } known && shards?.FirstOrDefault(id => id >= known, -1) is var outside and >= 0)
        {
            errors.Add(new ValidationResult($"Discord:Shards names shard {outside}, but Discord:ShardCount is {known}", [nameof(Shards)]));
        }

        return errors;
    }
}
