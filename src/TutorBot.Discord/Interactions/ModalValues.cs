using System.Text.Json;

namespace TutorBot.Discord.Interactions;

/// <summary>Finds text input values in a MODAL_SUBMIT payload, in action rows or in label components.</summary>
public static class ModalValues
{
    public static string? Find(JsonElement data, string customId)
    {
        if (data.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (data.TryGetProperty("custom_id", out var id) && id.GetString() == customId
            && data.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        foreach (var childName in new[] { "components", "component" })
        {
            if (!data.TryGetProperty(childName, out var child))
            {
                continue;
            }

            var children = child.ValueKind == JsonValueKind.Array ? child.EnumerateArray().ToArray() : [child];
            foreach (var element in children)
            {
                if (Find(element, customId) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }
}
