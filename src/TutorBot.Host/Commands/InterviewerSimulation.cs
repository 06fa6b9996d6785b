using TutorBot.Core.Bank;
using TutorBot.Core.Conversation;
using TutorBot.Core.Conversation.Intents;
using TutorBot.Core.Interview;

namespace TutorBot.Host.Commands;

/// <summary>Runs one scripted candidate through whole interviews (alternating Chinese and English) and tallies what it met.</summary>
public static class InterviewerSimulation
{
    private const int Tenths = 10;

    public static async Task<InterviewerCandidateResult> RunAsync(
        ITutorService tutor,
        QuestionBank bank,
        InterviewerCandidate candidate,
        int interviews,
        int questions,
        CancellationToken cancellationToken)
    {
        var user = new UserRef("eval", candidate.Name, candidate.Name);
        var conversation = new ConversationKey("eval", candidate.Name);
        var options = new InterviewOptions();
        var after = new Dictionary<string, Dictionary<string, int>>();
        var difficulties = new List<(int Interview, int Difficulty)>();
        int asked = 0, followups = 0, firstAnswers = 0, probes = 0;
        for (var interview = 0; interview < interviews; interview++)
        {
            var language = interview % 2 == 0 ? Language.En : Language.Zh;
            var replies = await tutor.HandleAsync(new TutorInput(conversation, user, new StartInterview(InterviewMode.Practice) { Count = questions, Language = language }), cancellationToken);
            for (var turn = 0; turn < questions * 4 && replies.LastOrDefault(r => r.Kind == ReplyKind.Question) is { } question
                && replies.All(r => r.Kind != ReplyKind.Summary); turn++)
            {
                var entry = bank.Find(question.EntryId ?? "") ?? throw new InvalidOperationException($"unknown entry {question.EntryId}");
                var answer = candidate.Answer(entry, language, interview, interviews);
                replies = await tutor.HandleAsync(new TutorInput(conversation, user, new FreeText(answer.Trim())), cancellationToken);
                if (question.IsFollowup)
                {
                    followups++;
                    continue;
                }

                asked++;
                difficulties.Add((interview, entry.Difficulty));
                var score = replies.FirstOrDefault(r => r.Kind == ReplyKind.Feedback)?.Score ?? 0;
                var level = AnswerLevels.Of(answer, score, options).ToString().ToLowerInvariant();
                var next = replies.FirstOrDefault(r => r.Kind == ReplyKind.Question && r.IsFollowup)?.FollowupKind;
                var kind = next?.ToString().ToLowerInvariant() ?? "move on";
                var counts = after.TryGetValue(level, out var found) ? found : after[level] = [];
                counts[kind] = counts.GetValueOrDefault(kind) + 1;
                firstAnswers++;
                probes += next == FollowupKind.Probe ? 1 : 0;
            }
        }

        var byTenth = Enumerable.Range(0, Tenths)
            .Select(t => difficulties.Where(d => d.Interview * Tenths / interviews == t).Select(d => (double)d.Difficulty).DefaultIfEmpty(double.NaN).Average())
            .Where(d => !double.IsNaN(d))
            .ToList();
        return new InterviewerCandidateResult(
            candidate.Name,
            interviews,
            after.ToDictionary(a => a.Key, a => (IReadOnlyDictionary<string, int>)a.Value),
            (double)asked / interviews,
            (double)followups / interviews,
            firstAnswers == 0 ? 0 : (double)probes / firstAnswers,
            byTenth,
            MeanDifficulty(difficulties, 0),
            MeanDifficulty(difficulties, interviews - 1));
    }

    private static double MeanDifficulty(List<(int Interview, int Difficulty)> difficulties, int interview) =>
        difficulties.Where(d => d.Interview == interview).Select(d => (double)d.Difficulty).DefaultIfEmpty(double.NaN).Average();
}
