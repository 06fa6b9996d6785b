using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TutorBot.Core.Bank;
using TutorBot.Core.Model;
using TutorBot.Core.Phrasing;

namespace TutorBot.Core.Grading.Judge;

/// <summary>
/// Asks the optional model to judge the answer (prompts/judge.txt, grammar "judge") and moves the deterministic
/// score towards its verdict by at most the configured distance. Upwards it may move freely within that distance;
/// downwards only by the credit of key points it shows contradicted by quoting the answer verbatim. The answer is
/// only ever data: when it contains instructions to the grader, the judge may lower the score but not raise it.
/// </summary>
public sealed class JudgeGrader(ITutorModel model, ILogger<JudgeGrader>? logger = null)
{
    public const string PromptName = "judge";
    public const string GrammarName = "judge";

    // A quote shorter than this could match anywhere.
    private const int MinQuoteLength = 4;

    private readonly ILogger _logger = logger ?? NullLogger<JudgeGrader>.Instance;

    public bool IsAvailable => model.IsAvailable;

    public async Task AdjustAsync(GradeRequest request, PreparedAnswer answer, GradeDraft draft, GradingOptions options, CancellationToken cancellationToken)
    {
        string reply;
        try
        {
            reply = await model.CompleteAsync(
                new ModelRequest(PromptName, Variables(request, answer, draft), GrammarName, options.JudgeMaxTokens, request.UserKey),
                cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.LogWarning(e, "The judge failed; the deterministic grade stands");
            return;
        }

        var verdict = JudgeReplyParser.Parse(reply);
        if (verdict is null)
        {
            _logger.LogWarning("The judge's reply was not a valid verdict; the deterministic grade stands");
            return;
        }

        var deterministic = draft.Score;
        var steered = InstructionCues.Present(answer.Text);
        var ceiling = steered ? deterministic : Math.Min(10, deterministic + options.JudgeMaxShift);
        var floor = Math.Max(0, deterministic - Math.Min(options.JudgeMaxShift, RemoveQuotedCredit(verdict, answer, draft)));
        draft.Score = Math.Clamp(verdict.Score, floor, ceiling);
        draft.Confidence = Math.Min(1, draft.Confidence + 0.1);
        draft.Methods.Add("judge");
        if (steered)
        {
            draft.Notes.Add(BothLanguages.Say(Phrases.GraderInstructionsIgnored));
        }
        else if (verdict.Feedback.Length > 0)
        {
            draft.JudgeRemarks.Add(verdict.Feedback);
        }
    }

    /// <summary>
    /// Takes away the credit of each key point the judge shows to be contradicted by quoting the answer verbatim (the
    /// quote must occur in the answer, so words the judge made up, or an answer's injected "quote", remove nothing).
    /// </summary>
    /// <returns>The points (of 10) those key points had earned.</returns>
    private static double RemoveQuotedCredit(JudgeVerdict verdict, PreparedAnswer answer, GradeDraft draft)
    {
        var totalWeight = draft.Points.Sum(p => Math.Max(p.Point.Weight, 0));
        var removed = 0.0;
        foreach (var removal in verdict.Removed)
        {
            var quote = removal.Quote.Trim();
            var index = draft.Points.FindIndex(p => p.Point.Id == removal.KeyPointId && p.Coverage > 0);
            if (quote.Length < MinQuoteLength || index < 0 || totalWeight <= 0 || !answer.Text.Contains(quote, StringComparison.Ordinal))
            {
                continue;
            }

            var point = draft.Points[index];
            removed += 10 * point.Coverage * Math.Max(point.Point.Weight, 0) / totalWeight;
            draft.Points[index] = point with { Coverage = 0, Evidence = quote };
            draft.Notes.Add(BothLanguages.Say(l => Phrases.QuoteContradictsPoint(l, quote, point.Point.Text.For(l))));
        }

        return removed;
    }

    private static Dictionary<string, object?> Variables(GradeRequest request, PreparedAnswer answer, GradeDraft draft)
    {
        var entry = request.Entry;
        var keyPoints = entry is null
            ? "(none: compare with the reference answer)"
            : string.Join('\n', entry.KeyPoints.Select(p => $"- {p.Id}, {p.Weight.ToString(CultureInfo.InvariantCulture)}: {p.Text.For(request.Language)}"));
        return new Dictionary<string, object?>
        {
            ["question"] = entry?.Question.For(request.Language) ?? request.Question,
            ["reference"] = entry?.Answer.For(request.Language) ?? request.Reference ?? "",
            ["key_points"] = keyPoints,
            ["deterministic_score"] = draft.Score.ToString("0.0", CultureInfo.InvariantCulture),
            ["language"] = request.Language == Language.Zh ? "Chinese" : "English",

            // The end marker cannot be forged from inside the answer.
            ["answer"] = answer.Text.Replace("ANSWER>>>", "ANSWER> > >", StringComparison.OrdinalIgnoreCase),
        };
    }
}
