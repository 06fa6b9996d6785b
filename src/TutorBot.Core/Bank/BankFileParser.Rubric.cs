using YamlDotNet.RepresentationModel;

namespace TutorBot.Core.Bank;

/// <summary>The parts of an entry that say how answers are checked beyond aliases: bindings, contrasts and wrong claims.</summary>
internal sealed partial class BankFileParser
{
    /// <summary>
    /// binds: [{subject: [...], property: [...]}]; contrast: the same shape, where a missing subject means every
    /// subject the point binds.
    /// </summary>
    private List<Binding> ParseBindings(YamlMappingNode point, string key, List<Binding>? binds)
    {
        var bindings = new List<Binding>();
        var node = Child(point, key);
        if (node is null)
        {
            return bindings;
        }

        if (node is not YamlSequenceNode list || list.Children.Count == 0)
        {
            Error(node, $"{key} must be a non-empty list of {{subject: [...], property: [...]}}");
            return bindings;
        }

        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode binding)
            {
                Error(item, $"each item of {key} must be a mapping with subject and property");
                continue;
            }

            CheckKeys(binding, BindingKeys, key);
            var subjectDefault = binds?.SelectMany(b => b.Subject).Distinct(StringComparer.Ordinal).ToList();
            var subject = Child(binding, "subject") is null && subjectDefault is { Count: > 0 }
                ? subjectDefault
                : RequiredStringList(binding, "subject", key, binds is null ? null : " (a contrast without subject needs binds on the same key point)");
            var property = RequiredStringList(binding, "property", key, null);
            if (subject is { Count: > 0 } && property is { Count: > 0 })
            {
                bindings.Add(new Binding(subject, property));
            }
        }

        return bindings;
    }

    private List<WrongClaim> ParseWrongClaims(YamlMappingNode entry, List<KeyPoint> keyPoints)
    {
        var claims = new List<WrongClaim>();
        var node = Child(entry, "wrong");
        if (node is null)
        {
            return claims;
        }

        if (node is not YamlSequenceNode list || list.Children.Count == 0)
        {
            Error(node, "wrong must be a non-empty list of {subject, claim, zh, en, key_point}");
            return claims;
        }

        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode wrong)
            {
                Error(item, "each wrong claim must be a mapping with claim, zh and en (subject and key_point optional)");
                continue;
            }

            CheckKeys(wrong, WrongKeys, "wrong claim");
            var subject = OptionalStringList(wrong, "subject");
            var claim = RequiredStringList(wrong, "claim", "wrong claim", null);
            var zh = RequiredScalar(wrong, "zh", "wrong claim");
            var en = RequiredScalar(wrong, "en", "wrong claim");
            var keyPoint = OptionalScalar(wrong, "key_point");
            if (keyPoint is not null && keyPoints.All(k => k.Id != keyPoint))
            {
                Error(Child(wrong, "key_point")!, $"wrong claim names key point '{keyPoint}', which this entry does not have");
            }

            if (claim is { Count: > 0 } && zh is not null && en is not null)
            {
                claims.Add(new WrongClaim(subject, claim, new LocalizedText(zh, en), keyPoint));
            }
        }

        return claims;
    }

    private List<string>? RequiredStringList(YamlMappingNode parent, string key, string what, string? hint)
    {
        if (Child(parent, key) is null)
        {
            Error(parent, $"{what} is missing '{key}'{hint}");
            return null;
        }

        var items = OptionalStringList(parent, key);
        if (items.Count == 0)
        {
            Error(Child(parent, key)!, $"'{key}' of {what} must list at least one wording");
        }

        return items;
    }
}
