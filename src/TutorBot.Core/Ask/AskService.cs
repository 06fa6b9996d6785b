using System.Text;
using TutorBot.Core.Ask.Context;
using TutorBot.Core.Bank;
using TutorBot.Core.Calculations;
using TutorBot.Core.Model;
using TutorBot.Core.Phrasing;
using TutorBot.Core.Search;

namespace TutorBot.Core.Ask;

/// <summary>
/// Answers a free question: numeric questions through the calculators, the rest from the bank's best entries
/// (phrased by the model when there is one), citing entry ids; refuses when no entry is relevant enough.
/// </summary>
public sealed class AskService(
    QuestionBank bank, IQuestionSearch search, ITutorModel model, ICalculatorService? calculators = null, ICalculationPlanner? planner = null) : IAskService
{
    private const int Top = 5;
    private const int MaxRelated = 3;
    private const double FocusSimilarity = 0.25;

    private static readonly HashSet<string> ModelShapeArguments =
        ["model", "params", "layers", "hidden", "heads", "kv-heads", "head-dim", "intermediate", "vocab", "architecture"];

    private readonly ThreadResolver _resolver = new(bank, search);

    public async Task<AskAnswer> AskAsync(AskRequest request, CancellationToken cancellationToken = default)
    {
        var question = (request.Question ?? "").Trim();
        var language = request.Language;
        if (question.Length == 0)
        {
            return new AskAnswer(Phrases.EmptyQuestion(language), [], AskMode.Retrieval) { Resolution = new Resolution(ResolvedAs.Refused) };
        }

        var previous = request.Context.SelectMany(t => t.EntryIds.Take(1)).Select(bank.Find).OfType<BankEntry>().Distinct().ToList();
        var isFollowup = previous.Count > 0 && FollowupDetector.IsReferring(question);
        if (Calculate(question, language, previous, isFollowup) is { } calculated)
        {
            return calculated;
        }

        if (await PlanAsync(question, language, cancellationToken) is { } planned)
        {
            return planned;
        }

        var decision = _resolver.Resolve(question, language, request.Context);
        if (decision.Main is null)
        {
            return new AskAnswer(Phrases.NothingRelevant(language), [], AskMode.Retrieval) { Resolution = decision.ToResolution() };
        }

        var resolution = decision.ToResolution();
        if (decision.As == ResolvedAs.Followup && model.IsAvailable
            && await RewriteAsync(question, language, request, decision, cancellationToken) is { } rewritten)
        {
            (decision, resolution) = rewritten;
        }

        var grounding = Ground(question, language, decision);
        if (model.IsAvailable && await GenerateAsync(resolution.Standalone ?? question, language, grounding, request.UserKey, cancellationToken) is { } generated)
        {
            return generated with { Answer = NearMissNote(decision, language) + generated.Answer, Resolution = resolution };
        }

        return new AskAnswer(NearMissNote(decision, language) + RetrievalAnswer(language, grounding), grounding.Citations, AskMode.Retrieval) { Resolution = resolution };
    }

    private Grounding Ground(string question, Language language, ThreadDecision decision)
    {
        var main = decision.Main!;
        var related = search.Search(decision.Query, Top)
            .Where(h => search.IsRelevant(h) && h.Entry.Id != main.Id)
            .Select(h => h.Entry)
            .Take(MaxRelated)
            .ToList();
        return new Grounding(main, related, decision.As == ResolvedAs.Followup ? FocusOf(main, question, language) : null);
    }

    /// <summary>
    /// With a model, a follow-up is rewritten into a standalone question and searched again; the rewrite is kept when
    /// the bank answers it, and the deterministic reading stands when the model fails or wanders off.
    /// </summary>
    private async Task<(ThreadDecision, Resolution)?> RewriteAsync(string question, Language language, AskRequest request, ThreadDecision decision, CancellationToken cancellationToken)
    {
        string standalone;
        try
        {
            var variables = RewritePrompt.Variables(question, language, request.Context, decision.ContextEntry ?? decision.Main!);
            var reply = await model.CompleteAsync(new ModelRequest(RewritePrompt.Name, variables, MaxTokens: RewritePrompt.MaxTokens, UserKey: request.UserKey), cancellationToken);
            standalone = reply.Trim().Split('\n', 2)[0].Trim();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return null;
        }

        var hits = search.Search(standalone, Top);
        if (standalone.Length == 0 || hits.Count == 0 || !search.IsRelevant(hits[0]))
        {
            return null;
        }

        var rewritten = decision with { Main = hits[0].Entry, Query = standalone };
        return (rewritten, rewritten.ToResolution() with { Standalone = standalone });
    }

    /// <summary>The key point a follow-up asks about, when it resembles one of the entry's follow-up questions or key points.</summary>
    private static KeyPoint? FocusOf(BankEntry entry, string question, Language language)
    {
        var candidates = entry.Followups
            .Where(f => f.KeyPointId is not null)
            .Select(f => (Id: f.KeyPointId!, Similarity: TextOverlap.Similarity(question, f.Question.For(language))))
            .Concat(entry.KeyPoints.Select(k => (Id: k.Id, Similarity: TextOverlap.Similarity(question, k.Text.For(language)))));
        var best = candidates.OrderByDescending(c => c.Similarity).FirstOrDefault();
        return best.Id is not null && best.Similarity >= FocusSimilarity ? entry.KeyPoints.FirstOrDefault(k => k.Id == best.Id) : null;
    }

    private static string NearMissNote(ThreadDecision decision, Language language) =>
        decision.IsNearMiss ? Phrases.NearMiss(language, decision.NotCovered, decision.Main!.Question.For(language)) + "\n\n" : "";

    private async Task<AskAnswer?> GenerateAsync(string question, Language language, Grounding grounding, string userKey, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            var request = new ModelRequest(AskPrompt.Name, AskPrompt.Variables(question, language, grounding), MaxTokens: AskPrompt.MaxTokens, UserKey: userKey);
            text = (await model.CompleteAsync(request, cancellationToken)).Trim();
        }
        catch (PromptTooLongException) when (grounding.Related.Count > 0)
        {
            return await GenerateAsync(question, language, grounding with { Related = [] }, userKey, cancellationToken);
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
            text += $"\n\n{Phrases.Source(language)}[{grounding.Main.Id}]";
            cited.Add(grounding.Main.Id);
        }

        return new AskAnswer(text, cited, AskMode.Llm);
    }

    private static string RetrievalAnswer(Language language, Grounding grounding)
    {
        var text = new StringBuilder();
        if (grounding.Focus is not null)
        {
            text.AppendLine($"{Phrases.FocusPoint(language)}{grounding.Focus.Text.For(language)}").AppendLine();
        }

        text.AppendLine(grounding.Main.Answer.For(language).Trim()).AppendLine();
        text.Append($"{Phrases.Source(language)}[{grounding.Main.Id}]");
        if (grounding.Related.Count > 0)
        {
            text.AppendLine().AppendLine().Append(Phrases.Related(language));
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

        var resolver = new CalculationResolver(calculators);
        var route = resolver.Route(question);
        var outcome = route is null ? CalculationOutcome.NotNumeric : resolver.Resolve(route);
        BankEntry? leanedOn = null;
        if (isFollowup)
        {
            foreach (var entry in previous)
            {
                var candidateRoute = route is null ? RouteFollowup(resolver, question, language, entry) : FillFrom(route, entry);
                if (candidateRoute is null)
                {
                    continue;
                }

                var candidate = resolver.Resolve(candidateRoute);
                if (route is null || candidate.Missing.Count <= outcome.Missing.Count)
                {
                    (route, outcome, leanedOn) = (candidateRoute, candidate, entry);
                    break;
                }
            }
        }

        // "How do you estimate KV cache memory?" names a calculator but no figures: a concept question for the bank.
        if (route is null || (outcome.Kind == CalculationOutcomeKind.Incomplete && !question.Any(char.IsAsciiDigit)))
        {
            return null;
        }

        var citations = search.Search(question, Top)
            .Where(h => search.IsRelevant(h) && h.Entry.Calc?.Calculator == route.Calculator)
            .Select(h => h.Entry.Id)
            .Take(1)
            .ToList();
        var resolution = new Resolution(leanedOn is null ? ResolvedAs.New : ResolvedAs.Followup, leanedOn?.Id);
        var text = outcome.Kind switch
        {
            CalculationOutcomeKind.Calculated => CalculationPresenter.Render(outcome.Result!, language),
            CalculationOutcomeKind.Incomplete => CalculationPresenter.Missing(route.Calculator, outcome.Missing, language),
            _ => CalculationPresenter.Rejected(outcome.Problem!, language),
        };
        return new AskAnswer(text, citations, AskMode.Calculator) { Resolution = resolution };
    }

    /// <summary>
    /// A question with quantities that the router could not read ("a 13-billion model serving two 8k-token chats"):
    /// the model picks a calculator and its arguments; the calculator computes the figure.
    /// </summary>
    private async Task<AskAnswer?> PlanAsync(string question, Language language, CancellationToken cancellationToken)
    {
        if (planner is null || !model.IsAvailable || !QuantityCue.IsIn(question)
            || await planner.PlanAsync(question, cancellationToken) is not { } result)
        {
            return null;
        }

        return new AskAnswer(CalculationPresenter.Render(result, language), [], AskMode.Calculator) { Resolution = new Resolution(ResolvedAs.New) };
    }

    /// <summary>
    /// Routes a follow-up ("那 llama-2-70b 的呢？") with the previous entry's calculator named, or its question when it
    /// has no calculation, then takes what the follow-up left out from that entry's calculation.
    /// </summary>
    private static CalculationRoute? RouteFollowup(CalculationResolver resolver, string question, Language language, BankEntry entry)
    {
        var context = entry.Calc is not null ? entry.Calc.Calculator.Replace('-', ' ') : entry.Question.For(language);
        var route = resolver.Route(question + "\n" + context);
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

        return route with { Arguments = arguments };
    }
}
