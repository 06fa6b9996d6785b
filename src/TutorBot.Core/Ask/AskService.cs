using System.Text;
using TutorBot.Core.Bank;
using TutorBot.Core.Calculations;
using TutorBot.Core.Model;
using TutorBot.Core.Search;

namespace TutorBot.Core.Ask;

/// <summary>
/// Answers a free question: numeric questions through the calculators, the rest from the bank's best entries
/// (phrased by the model when there is one), citing entry ids; refuses when no entry is relevant enough.
/// </summary>
public sealed class AskService(QuestionBank bank, IQuestionSearch search, ITutorModel model, ICalculatorService? calculators = null) : IAskService
{
    private const int Top = 5;
    private const int MaxRelated = 3;
    private const int MaxContextEntries = 2;
    private const double FocusSimilarity = 0.25;

    private static readonly HashSet<string> ModelShapeArguments =
        ["model", "params", "layers", "hidden", "heads", "kv-heads", "head-dim", "intermediate", "vocab", "architecture"];

    public async Task<AskAnswer> AskAsync(AskRequest request, CancellationToken cancellationToken = default)
    {
        var question = (request.Question ?? "").Trim();
        var language = request.Language;
        if (question.Length == 0)
        {
            return new AskAnswer(AskTexts.EmptyQuestion(language), [], AskMode.Retrieval);
        }

        var previous = request.PreviousCitations.Select(bank.Find).OfType<BankEntry>().Take(MaxContextEntries).ToList();
        var isFollowup = previous.Count > 0 && FollowupDetector.IsReferring(question);

        if (Calculate(question, language, previous, isFollowup) is { } calculated)
        {
            return calculated;
        }

        var grounding = Ground(question, language, previous, isFollowup);
        if (grounding is null)
        {
            return new AskAnswer(AskTexts.NothingRelevant(language), [], AskMode.Retrieval);
        }

        if (model.IsAvailable && await GenerateAsync(question, language, grounding, request.UserKey, cancellationToken) is { } generated)
        {
            return generated;
        }

        return new AskAnswer(RetrievalAnswer(language, grounding), grounding.Citations, AskMode.Retrieval);
    }

    private Grounding? Ground(string question, Language language, IReadOnlyList<BankEntry> previous, bool isFollowup)
    {
        var hits = search.Search(question, Top);
        var relevant = hits.Where(search.IsRelevant).Select(h => h.Entry).ToList();
        var previousIds = previous.Select(e => e.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);

        // A follow-up that names a topic of its own ("那量化呢？") moves there; one that does not ("why?", "那为什么不是dk?")
        // is searched together with the questions the conversation last cited, and stays on them if nothing else fits.
        var fromContext = previous.Count > 0 && (relevant.Count == 0 || (isFollowup && relevant.Any(e => previousIds.Contains(e.Id))));
        if (fromContext)
        {
            var context = string.Join('\n', previous.Select(e => e.Question.For(language)).Prepend(question));
            relevant = search.Search(context, Top).Where(search.IsRelevant).Select(h => h.Entry).ToList();
        }

        var main = relevant.FirstOrDefault() ?? (fromContext ? previous[0] : null);
        if (main is null)
        {
            return null;
        }

        var related = relevant.Where(e => e.Id != main.Id).Take(MaxRelated).ToList();
        return new Grounding(main, related, fromContext ? FocusOf(main, question, language) : null);
    }

    /// <summary>The key point a follow-up asks about, when it resembles one of the entry's own follow-up questions.</summary>
    private static KeyPoint? FocusOf(BankEntry entry, string question, Language language)
    {
        var best = entry.Followups
            .Where(f => f.KeyPointId is not null)
            .Select(f => (Followup: f, Similarity: TextOverlap.Similarity(question, f.Question.For(language))))
            .OrderByDescending(f => f.Similarity)
            .FirstOrDefault();
        return best.Followup is not null && best.Similarity >= FocusSimilarity
            ? entry.KeyPoints.FirstOrDefault(k => k.Id == best.Followup.KeyPointId)
            : null;
    }

    private async Task<AskAnswer?> GenerateAsync(string question, Language language, Grounding grounding, string userKey, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            var request = new ModelRequest(AskPrompt.Name, AskPrompt.Variables(question, language, grounding), MaxTokens: AskPrompt.MaxTokens, UserKey: userKey);
            text = (await model.CompleteAsync(request, cancellationToken)).Trim();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A failing model must not cost the user the answer: the plain retrieval answer follows.
            return null;
        }

        if (text.Length == 0)
        {
            return null;
        }

        var cited = grounding.Citations.Where(id => text.Contains(id, StringComparison.OrdinalIgnoreCase)).ToList();
        if (cited.Count == 0)
        {
            text += $"\n\n{AskTexts.Source(language)}[{grounding.Main.Id}]";
            cited.Add(grounding.Main.Id);
        }

        return new AskAnswer(text, cited, AskMode.Llm);
    }

    private static string RetrievalAnswer(Language language, Grounding grounding)
    {
        var text = new StringBuilder();
        if (grounding.Focus is not null)
        {
            text.AppendLine($"{AskTexts.FocusPoint(language)}{grounding.Focus.Text.For(language)}").AppendLine();
        }

        text.AppendLine(grounding.Main.Answer.For(language).Trim()).AppendLine();
        text.Append($"{AskTexts.Source(language)}[{grounding.Main.Id}]");
        if (grounding.Related.Count > 0)
        {
            text.AppendLine().AppendLine().Append(AskTexts.Related(language));
            foreach (var entry in grounding.Related)
            {
                text.AppendLine().Append($"- {entry.Question.For(language)} [{entry.Id}]");
            }
        }

        return text.ToString();
    }

    private AskAnswer? Calculate(string question, Language language, IReadOnlyList<BankEntry> previous, bool isFollowup)
    {
        if (calculators is null)
        {
            return null;
        }

        var route = calculators.Route(question);
        if (isFollowup)
        {
            foreach (var entry in previous)
            {
                var candidate = route is null ? RouteFollowup(question, language, entry) : FillFrom(route, entry);
                if (candidate is not null && (route is null || candidate.Missing.Count <= route.Missing.Count))
                {
                    route = candidate;
                    break;
                }
            }
        }

        // "How do you estimate KV cache memory?" names a calculator but no figures: a concept question for the bank.
        if (route is null || (route.Missing.Count > 0 && !question.Any(char.IsAsciiDigit)))
        {
            return null;
        }

        var citations = search.Search(question, Top)
            .Where(h => search.IsRelevant(h) && h.Entry.Calc?.Calculator == route.Calculator)
            .Select(h => h.Entry.Id)
            .Take(1)
            .ToList();
        if (route.Missing.Count > 0)
        {
            return new AskAnswer(AskTexts.MissingArguments(language, route.Calculator, route.Missing), citations, AskMode.Calculator);
        }

        try
        {
            var result = calculators.Run(route.Calculator, route.Arguments);
            return new AskAnswer(CalculationAnswer(language, result, route), citations, AskMode.Calculator);
        }
        catch (CalculationException e)
        {
            return new AskAnswer(AskTexts.CalculationFailed(language, e.Message), citations, AskMode.Calculator);
        }
    }

    /// <summary>
    /// Routes a follow-up ("那 llama-2-70b 的呢？") with the previous entry's calculator named, or its question when it
    /// has no calculation, then takes what the follow-up left out from that entry's calculation.
    /// </summary>
    private CalculationRoute? RouteFollowup(string question, Language language, BankEntry entry)
    {
        var context = entry.Calc is not null ? entry.Calc.Calculator.Replace('-', ' ') : entry.Question.For(language);
        var route = calculators!.Route(question + "\n" + context);
        return route is null ? null : FillFrom(route, entry);
    }

    /// <summary>
    /// "Same, but for 70B": the previous calculation's arguments, overridden by the follow-up's. A follow-up that names
    /// another model drops the previous model's shape, which the new model brings with it.
    /// </summary>
    private static CalculationRoute FillFrom(CalculationRoute route, BankEntry entry)
    {
        if (entry.Calc is null || entry.Calc.Calculator != route.Calculator)
        {
            return route;
        }

        var namesModel = route.Arguments.ContainsKey("model") || route.Arguments.ContainsKey("params");
        var arguments = entry.Calc.Arguments
            .Where(a => !(namesModel && ModelShapeArguments.Contains(a.Key)))
            .ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        foreach (var (key, value) in route.Arguments)
        {
            arguments[key] = value;
        }

        return route with { Arguments = arguments, Missing = route.Missing.Where(m => !arguments.ContainsKey(m)).ToList() };
    }

    private static string CalculationAnswer(Language language, CalculationResult result, CalculationRoute route)
    {
        var text = new StringBuilder();
        text.Append($"{result.Calculator}: {QuantityFormatter.Format(result.Headline)}");
        var inputs = string.Join(", ", result.Inputs.Select(i => $"{i.Key}={i.Value}"));
        if (inputs.Length > 0)
        {
            text.Append($"  ({inputs})");
        }

        var assumed = result.Assumptions.Concat(route.Assumed).Distinct().ToList();
        if (assumed.Count > 0)
        {
            text.AppendLine().Append($"{AskTexts.Assumed(language)}{string.Join("; ", assumed)}");
        }

        if (result.Steps.Count > 0)
        {
            text.AppendLine().Append(AskTexts.Steps(language));
            for (var i = 0; i < result.Steps.Count; i++)
            {
                text.AppendLine().Append($"{i + 1}. {result.Steps[i]}");
            }
        }

        return text.ToString();
    }
}
