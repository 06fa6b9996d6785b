using Microsoft.Extensions.Logging;
using TutorBot.Core.Bank;
using TutorBot.Core.Model;
using TutorBot.Core.Phrasing;

namespace TutorBot.Core.Interview;

/// <summary>
/// Writes the follow-up <see cref="FollowupPolicy"/> chose. Scaffold: the heaviest missed key point's scaffold
/// question. Probe: the entry's follow-up on the heaviest missed point not yet asked about; failing that, with a
/// model, one generated for that point (prompts/followup.txt); failing that, a plain question naming it.
/// Stretch: the entry's first stretch question not yet asked. Null when there is nothing to ask.
/// </summary>
public sealed class FollowupPlanner(ITutorModel model, ILogger<FollowupPlanner> logger)
{
    public const string PromptName = "followup";

    private const int MaxGeneratedLength = 300;

    public async Task<AskedFollowup?> PlanAsync(
        FollowupKind kind,
        BankEntry entry,
        InterviewQuestion question,
        string answer,
        Language language,
        string userKey,
        CancellationToken cancellationToken)
    {
        var asked = question.Followups.Select(f => f.Text).ToList();
        if (kind == FollowupKind.Stretch)
        {
            var stretch = entry.Stretch.FirstOrDefault(s => !asked.Contains(s.Question));
            return stretch is null ? null : AskedFollowup.Of(stretch.Question, FollowupKind.Stretch, stretch.KeyPointId);
        }

        // Points already asked about are not asked about again; a point revealed by /hint comes last.
        var askedPoints = question.Followups.Select(f => f.KeyPointId).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missed = entry.KeyPoints
            .Where(k => question.Missed.Contains(k.Id, StringComparer.OrdinalIgnoreCase) && !askedPoints.Contains(k.Id))
            .OrderBy(k => question.HintedKeyPoints.Contains(k.Id, StringComparer.OrdinalIgnoreCase))
            .ThenByDescending(k => k.Weight)
            .ToList();
        if (missed.Count == 0)
        {
            return null;
        }

        var point = missed[0];
        if (kind == FollowupKind.Scaffold)
        {
            var keyword = Keyword(point);
            var scaffold = point.Scaffold ?? BothLanguages.Say(l => Phrases.ScaffoldFallback(l, keyword.For(l)));
            return AskedFollowup.Of(scaffold, FollowupKind.Scaffold, point.Id);
        }

        foreach (var candidate in missed)
        {
            var probing = entry.Followups.FirstOrDefault(f =>
                string.Equals(f.KeyPointId, candidate.Id, StringComparison.OrdinalIgnoreCase) && !asked.Contains(f.Question));
            if (probing is not null)
            {
                return AskedFollowup.Of(probing.Question, FollowupKind.Probe, candidate.Id);
            }
        }

        if (model.IsAvailable && await GenerateAsync(entry, point, answer, language, userKey, cancellationToken) is { } generated)
        {
            return AskedFollowup.Of(new LocalizedText(generated, generated), FollowupKind.Probe, point.Id);
        }

        var named = Keyword(point);
        return AskedFollowup.Of(BothLanguages.Say(l => Phrases.ProbeFallback(l, named.For(l))), FollowupKind.Probe, point.Id);
    }

    /// <summary>A word to name a point by, never one holding a figure (it would give the answer away).</summary>
    private static LocalizedText Keyword(KeyPoint point)
    {
        var words = point.Aliases.Where(a => !a.Any(char.IsDigit)).ToList();
        var zh = words.FirstOrDefault(a => LanguageDetector.Detect(a, Language.Zh) == Language.Zh) ?? words.FirstOrDefault() ?? point.Id;
        var en = words.FirstOrDefault(a => LanguageDetector.Detect(a, Language.En) == Language.En) ?? words.FirstOrDefault() ?? point.Id;
        return new LocalizedText(zh, en);
    }

    private async Task<string?> GenerateAsync(
        BankEntry entry,
        KeyPoint point,
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
            ["missed"] = "- " + point.Text.For(language),
        };
        try
        {
            var text = await model.CompleteAsync(new ModelRequest(PromptName, variables, MaxTokens: 80, UserKey: userKey), cancellationToken);
            var question = text.Trim().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
            return question is { Length: > 0 and <= MaxGeneratedLength } ? question : null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Follow-up generation failed for {EntryId}; using a plain probe", entry.Id);
            return null;
        }
    }
}
