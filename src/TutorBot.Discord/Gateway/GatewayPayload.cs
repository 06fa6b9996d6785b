using System.Text.Json;

namespace TutorBot.Discord.Gateway;

/// <summary>One gateway frame: {"op", "d", "s", "t"}. Data is cloned so it outlives the frame's document.</summary>
public sealed record GatewayPayload(GatewayOpcode Opcode, JsonElement Data, long? Sequence, string? EventName)
{
    /// <summary>Parses a frame; null when it is not JSON or lacks an integer "op".</summary>
    public static GatewayPayload? TryParse(ReadOnlySpan<byte> utf8)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8.ToArray());
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("op", out var op)
                || op.ValueKind != JsonValueKind.Number
                || !op.TryGetInt32(out var opcode))
            {
                return null;
            }

            var data = root.TryGetProperty("d", out var d) ? d.Clone() : default;
            long? sequence = root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt64() : null;
            var eventName = root.TryGetProperty("t", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            return new GatewayPayload((GatewayOpcode)opcode, data, sequence, eventName);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
