using Microsoft.Extensions.Options;
using TutorBot.Core.Bank;
using TutorBot.Core.Grading.Judge;
using TutorBot.Core.Grading.Numeric;
using TutorBot.Core.Grading.Reference;
using TutorBot.Core.Grading.Rubric;
using TutorBot.Core.Phrasing;

namespace TutorBot.Core.Grading;

/// <summary>
/// The grader behind IAnswerGrader: prepares the answer, picks the deterministic method (numeric for calculation
/// entries, rubric for key points, reference similarity otherwise), lets the optional model judge adjust within
/// bounds, and writes the feedback.
/// </summary>
public sealed class AnswerGrader(
    ITextAnalyzer analyzer,
    SynonymTable synonyms,
    ReferenceGrader referenceGrader,
    IOptions<GradingOptions> options,
    NumericGrader numericGrader,
    JudgeGrader? judge = null,
    MisconceptionTable? misconceptions = null) : IAnswerGrader
{
    private readonly RubricGrader _rubric = new(analyzer, synonyms, misconceptions ?? MisconceptionTable.Empty);

    public async Task<GradeResult> GradeAsync(GradeRequest request, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var answer = AnswerPreparer.Prepare(request.Answer, settings.MaxAnswerChars, request.Language);
        var draft = new GradeDraft();
        AddPreparationNotes(answer, request, draft);
        if (answer.Problem == AnswerProblem.None)
        {
            var entry = request.Entry;

            // Against a bank entry, what the answer copies from the question shows nothing and is not graded.
            var own = entry is null ? answer.Text : EchoFilter.Strip(answer.Text, [entry.Question.Zh, entry.Question.En]);
            var analyzed = AnalyzedText.Create(own, analyzer);
            if (entry is not null && !own.Any(char.IsLetterOrDigit))
            {
                draft.Confidence = 0.95;
                draft.Methods.Add("echo");
                draft.Points.AddRange(entry.KeyPoints.Select(p => new PointCoverage(p, 0, "", false)));
                draft.Notes.Add(BothLanguages.Say(Phrases.AnswerEchoesQuestion));
            }
            else if (entry is { Kind: EntryKind.Calculation } && numericGrader.CanGrade(entry))
            {
                _rubric.Grade(entry, analyzed, draft);
                if (!numericGrader.TryGrade(entry, own, draft) && entry.KeyPoints.Count == 0)
                {
                    await GradeAgainstReferenceAsync(request, answer, draft, cancellationToken);
                }
            }
            else if (entry is { KeyPoints.Count: > 0 })
            {
                _rubric.Grade(entry, analyzed, draft);
            }
            else
            {
                await GradeAgainstReferenceAsync(request, answer, draft, cancellationToken);
            }

            if (judge is { IsAvailable: true } && draft.Methods.Count > 0 && !draft.Methods.Contains("echo"))
            {
                await judge.AdjustAsync(request, answer, draft, settings, cancellationToken);
            }
        }
        else if (request.Entry is not null)
        {
            draft.Points.AddRange(request.Entry.KeyPoints.Select(p => new PointCoverage(p, 0, "", false)));
        }

        draft.Score = Math.Round(Math.Clamp(draft.Score, 0, 10), 1);
        var feedback = FeedbackWriter.Write(draft, request.Entry, answer, request.Language);
        return new GradeResult(
            draft.Score,
            draft.Points.Where(p => p.IsCovered).Select(p => new CoveredPoint(p.Point.Id, p.Evidence)).ToList(),
            draft.Points.Where(p => !p.IsCovered).Select(p => p.Point.Id).ToList(),
            draft.Methods.Count > 0 ? draft.Methods : ["none"],
            Math.Round(draft.Confidence, 2),
            feedback);
    }

    private Task GradeAgainstReferenceAsync(GradeRequest request, PreparedAnswer answer, GradeDraft draft, CancellationToken cancellationToken)
    {
        var reference = request.Entry?.Answer.For(request.Language) ?? request.Reference ?? "";
        var question = request.Entry?.Question.For(request.Language) ?? request.Question;
        return referenceGrader.GradeAsync(question, reference, answer.Text, request.PeerAnswers, draft, cancellationToken);
    }

    private static void AddPreparationNotes(PreparedAnswer answer, GradeRequest request, GradeDraft draft)
    {
        switch (answer.Problem)
        {
            case AnswerProblem.Empty:
                draft.Confidence = 1.0;
                draft.Notes.Add(BothLanguages.Say(Phrases.EmptyAnswerNote));
                return;
            case AnswerProblem.Unreadable:
                draft.Confidence = 1.0;
                draft.Notes.Add(BothLanguages.Say(Phrases.UnreadableAnswer));
                return;
            case AnswerProblem.UnsupportedLanguage:
                draft.Confidence = 0.9;
                draft.Notes.Add(BothLanguages.Say(Phrases.UnsupportedAnswerLanguage));
                return;
        }

        if (answer.Truncated)
        {
            draft.Notes.Add(BothLanguages.Say(l => Phrases.AnswerTruncated(l, answer.OriginalLength, answer.Text.Length)));
        }

        var questionLanguage = request.Entry is null ? LanguageDetector.Detect(request.Question, request.Language) : request.Language;
        if (answer.Detected != questionLanguage)
        {
            draft.Notes.Add(BothLanguages.Say(Phrases.AnsweredInOtherLanguage));
        }
    }
}
