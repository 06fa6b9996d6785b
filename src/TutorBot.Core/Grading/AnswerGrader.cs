using Microsoft.Extensions.Options;
using TutorBot.Core.Bank;
using TutorBot.Core.Grading.Judge;
using TutorBot.Core.Grading.Numeric;
using TutorBot.Core.Grading.Reference;
using TutorBot.Core.Grading.Rubric;

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
                draft.Notes.Add(new LocalizedText("回答只是重复了题目，没有新内容：请用自己的话解释。", "The answer only repeats the question: explain it in your own words."));
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
                draft.Notes.Add(new LocalizedText("回答是空的：请写下你的答案再提交。", "The answer is empty: write your answer, then submit it."));
                return;
            case AnswerProblem.Unreadable:
                draft.Confidence = 1.0;
                draft.Notes.Add(new LocalizedText("回答无法识别为文字（可能是二进制数据），没有评分。", "The answer is not readable text (it looks like binary data), so it was not graded."));
                return;
            case AnswerProblem.UnsupportedLanguage:
                draft.Confidence = 0.9;
                draft.Notes.Add(new LocalizedText("回答既不是中文也不是英文，目前只能评阅这两种语言。", "The answer is neither English nor Chinese; only those two languages can be graded."));
                return;
        }

        if (answer.Truncated)
        {
            draft.Notes.Add(new LocalizedText(
                $"回答很长（{answer.OriginalLength:N0} 个字符），只评阅了前 {answer.Text.Length:N0} 个字符。",
                $"The answer is very long ({answer.OriginalLength:N0} characters); only the first {answer.Text.Length:N0} were graded."));
        }

        var questionLanguage = request.Entry is null ? LanguageDetector.Detect(request.Question, request.Language) : request.Language;
        if (answer.Detected != questionLanguage)
        {
            draft.Notes.Add(new LocalizedText(
                "你用了和题目不同的语言作答；已按两种语言的要点评分。",
                "You answered in a different language from the question; it was graded against the key points in both languages."));
        }
    }
}
