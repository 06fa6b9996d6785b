using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TutorBot.Core.Bank;
using TutorBot.Core.Model;

namespace TutorBot.Core.Grading.Judge;

/// <summary>
/// Asks the optional model to judge the answer (prompts/judge.txt, grammar "judge") and moves the deterministic
/// score towards its verdict by at most the configured distance. The answer is only ever data: when it contains
/// instructions to the grader, the judge may lower the score but not raise it.
/// </summary>
public sealed class JudgeGrader(ITutorModel model, ILogger<JudgeGrader>? logger = null)
{
    public const string PromptName = "judge";
    public const string GrammarName = "judge";

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
        var floor = Math.Max(0, deterministic - options.JudgeMaxShift);
        draft.Score = Math.Clamp(verdict.Score, floor, ceiling);
        draft.Confidence = Math.Min(1, draft.Confidence + 0.1);
        draft.Methods.Add("judge");
        if (steered)
        {
            draft.Notes.Add(new LocalizedText("回答中对评分者的指示已被忽略，只评技术内容。", "Instructions to the grader inside the answer were ignored; only the technical content was graded."));
        }
        else if (verdict.Feedback.Length > 0)
        {
            draft.JudgeRemarks.Add(verdict.Feedback);
        }
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
