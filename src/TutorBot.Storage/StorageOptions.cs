using System.ComponentModel.DataAnnotations;

namespace TutorBot.Storage;

public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>sqlite (default): one file at Path, for one bot process. postgres: a server at ConnectionString, shared by several processes.</summary>
    [RegularExpression("(?i)^(sqlite|postgres)$", ErrorMessage = "Storage:Provider must be sqlite or postgres")]
    public string Provider { get; set; } = "sqlite";

    /// <summary>
    /// For Provider postgres: an Npgsql connection string ("Host=db;Username=tutorbot;Password=...;Database=tutorbot");
    /// set it from the environment (TUTORBOT__Storage__ConnectionString), not appsettings.json, as it holds a password.
    /// </summary>
    public string? ConnectionString { get; set; }

    public bool UsesPostgres => Provider.Equals("postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>The SQLite database file, relative to the working directory; its folder is created when missing.</summary>
    [Required]
    public string Path { get; set; } = "data/tutorbot.db";

    /// <summary>Where progress charts are written; defaults to a "charts" folder next to the database.</summary>
    public string? ChartsPath { get; set; }

    /// <summary>A font file with Chinese glyphs for chart labels; when unset, common system locations are tried (fonts-wqy-microhei).</summary>
    public string? ChartFont { get; set; }

    /// <summary>
    /// FULL (default): every commit is flushed to disk, so a stored answer survives a power cut too. NORMAL: WAL commits
    /// are flushed at checkpoints only; still safe when the process is killed, several times faster on slow disks.
    /// </summary>
    [RegularExpression("(?i)^(full|normal)$", ErrorMessage = "Storage:Synchronous must be Full or Normal")]
    public string Synchronous { get; set; } = "Full";

    /// <summary>How long a write waits for another process holding the database before it fails.</summary>
    [Range(1, 600)]
    public int BusyTimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// Days an interview (its answers and grades) is kept after it ends; unset (default) keeps everything. When set,
    /// older interviews are deleted at start-up and once a day. Users and review schedules are kept until deleted.
    /// </summary>
    [Range(1, 36500)]
    public int? RetentionDays { get; set; }
}
