namespace TutorBot.Core.Bank;

/// <summary>One thing a good answer must say; aliases are other words (either language) that show it was said.</summary>
public sealed record KeyPoint(string Id, double Weight, LocalizedText Text, IReadOnlyList<string> Aliases)
{
    /// <summary>A simpler question that leads a candidate who said nothing towards this point.</summary>
    public LocalizedText? Scaffold { get; init; }

    /// <summary>When present, the point is made only by tying each property to its subject (see <see cref="Binding"/>).</summary>
    public IReadOnlyList<Binding> Binds { get; init; } = [];

    /// <summary>Subject-property pairings that get this point backwards (a reversed direction, the wrong stage).</summary>
    public IReadOnlyList<Binding> Contrast { get; init; } = [];

    /// <summary>Where each alias was written, parallel to <see cref="Aliases"/>; empty for points not read from a file.</summary>
    public IReadOnlyList<BankPosition> AliasPositions { get; init; } = [];
}
