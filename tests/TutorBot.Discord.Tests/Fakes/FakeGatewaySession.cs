using System.Text.Json.Nodes;

namespace TutorBot.Discord.Tests.Fakes;

/// <summary>A gateway session: its id and every event sent in it, so that a resume can replay what the client missed.</summary>
public sealed class FakeGatewaySession(string id)
{
    public string Id => id;

    public int Shard { get; init; }

    /// <summary>Connections this session has been served on: its Identify's and each Resume's.</summary>
    public int Connections { get; set; }

    public long Sequence { get; set; }

    public bool Invalidated { get; set; }

    public List<(long Sequence, string Name, JsonObject Data)> Events { get; } = [];
}
