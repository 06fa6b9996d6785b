using System.ComponentModel.DataAnnotations;

namespace TutorBot.Retrieval;

public sealed class RetrievalOptions
{
    public const string SectionName = "Retrieval";

    /// <summary>
    /// The share of the query's topical weight (rarer words weigh more) that the best entry must contain for the
    /// bank to answer; below it the question is refused as out of the bank's scope.
    /// </summary>
    [Range(0.0, 1.0)]
    public double MinCoverage { get; set; } = 0.5;

    /// <summary>How much a match through a synonym counts, relative to the word the user wrote.</summary>
    [Range(0.0, 1.0)]
    public double SynonymWeight { get; set; } = 0.8;

    /// <summary>Longer queries are cut to this many characters.</summary>
    [Range(16, 100_000)]
    public int MaxQueryCharacters { get; set; } = 2000;

    /// <summary>Words found in more than this share of the entries are not searched, only counted for coverage.</summary>
    [Range(0.0, 1.0)]
    public double CommonTermShare { get; set; } = 0.5;

    /// <summary>A word found in at most this share of the entries names a subject of its own ("QLoRA", "beta"), unlike "memory".</summary>
    [Range(0.0, 1.0)]
    public double NameTermShare { get; set; } = 0.04;

    /// <summary>At most this many distinct concepts of a query are searched.</summary>
    [Range(1, 200)]
    public int MaxConcepts { get; set; } = 32;

    /// <summary>
    /// Where built search indexes are kept between starts, one folder per bank version; empty turns the cache off.
    /// Unset: $XDG_CACHE_HOME/tutorbot/index, or ~/.cache/tutorbot/index.
    /// </summary>
    public string? IndexCachePath { get; set; }

    public string? ResolvedIndexCachePath() => IndexCachePath switch
    {
        null => Path.Combine(UserCacheRoot(), "tutorbot", "index"),
        { Length: 0 } => null,
        var path => path,
    };

    private static string UserCacheRoot()
    {
        if (Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg)
        {
            return xdg;
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return home.Length > 0 ? Path.Combine(home, ".cache") : Path.GetTempPath();
    }
}
