using Microsoft.Extensions.Logging;
using TutorBot.Core.Bank;
using TutorBot.Core.Model;

namespace TutorBot.Core.Interview;

/// <summary>
/// Picks the follow-up for a weak answer: the entry's own follow-up probing the most important missed key point;
/// failing that, with a model, one generated from the missed points (prompts/followup.txt); failing that, an
/// entry follow-up that names no key point. Null when there is nothing worth asking.
/// </summary>
public sealed class FollowupPlanner(ITutorModel model, ILogger<FollowupPlanner> logger)
{
    public const string PromptName = "followup";

    private const int MaxGeneratedLength = 300;

    public async Task<LocalizedText?> PlanAsync(
        BankEntry entry,
        IReadOnlyCollection<string> missed,
        IReadOnlyCollection<LocalizedText> alreadyAsked,
        string answer,
        Language language,
        string userKey,
        CancellationToken cancellationToken)
    {
        var missedPoints = entry.KeyPoints
            .Where(k => missed.Contains(k.Id, StringComparer.OrdinalIgnoreCase))
            .OrderByDescending(k => k.Weight)
            .ToList();
        if (missedPoints.Count == 0)
        {
            return null;
        }

        foreach (var point in missedPoints)
        {
            var probing = entry.Followups.FirstOrDefault(f =>
                string.Equals(f.KeyPointId, point.Id, StringComparison.OrdinalIgnoreCase) && !alreadyAsked.Contains(f.Question));
            if (probing is not null)
            {
                return probing.Question;
            }
        }

        if (model.IsAvailable && await GenerateAsync(entry, missedPoints, answer, language, userKey, cancellationToken) is { } generated)
        {
            return new LocalizedText(generated, generated);
        }

        return entry.Followups.FirstOrDefault(f => f.KeyPointId is null && !alreadyAsked.Contains(f.Question))?.Question;
    }

    private async Task<string?> GenerateAsync(
        BankEntry entry,
        IReadOnlyList<KeyPoint> missedPoints,
        string answer,
        Language language,
        string userKey,
        CancellationToken cancellationToken)
    {
        var variables = new Dictionary<string, object?>
        {
            ["language"] = language == Language.Zh ? "Chinese" : "English",
            ["question"] = entry.Question.For(language),
            ["reference"] = entry.Answer.For(language),
            ["answer"] = answer,
            ["missed"] = string.Join('\n', missedPoints.Select(k => "- " + k.Text.For(language))),
        };
        try
        {
            var text = await model.CompleteAsync(new ModelRequest(PromptName, variables, MaxTokens: 80, UserKey: userKey), cancellationToken);
            var question = text.Trim().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
            return question is { Length: > 0 and <= MaxGeneratedLength } ? question : null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Follow-up generation failed for {EntryId}; using the bank's follow-ups", entry.Id);
            return null;
        }
    }
}
