using System.Diagnostics;
using TutorBot.Core.Bank;
using TutorBot.Core.Conversation;
using TutorBot.Core.Conversation.Intents;
using TutorBot.Core.Interview;

namespace TutorBot.Host.Commands;

/// <summary>
/// Plays simulated users through whole interviews at once, each in a conversation of its own: every other answer is
/// the reference answer, the rest are weak (drawing follow-ups). Users are named user-{first} onwards, so that several
/// processes can drive disjoint users on one database.
/// </summary>
public sealed class BenchInterviewDriver(ITutorService tutor, QuestionBank bank, int questions, int rounds)
{
    private int _answers;
    private int _grades;

    public async Task<BenchInterviewRun> RunAsync(int firstUser, int users, CancellationToken cancellationToken)
    {
        var latencies = new List<double>[users];
        var failed = 0;
        var started = DateTimeOffset.UtcNow;
        await Task.WhenAll(Enumerable.Range(0, users).Select(i => Task.Run(
            async () =>
            {
                latencies[i] = [];
                var id = firstUser + i;
                var user = new UserRef("bench", $"user-{id}", $"user {id}");
                var conversation = new ConversationKey("bench", $"user-{id}");
                for (var round = 0; round < rounds; round++)
                {
                    if (await InterviewAsync(user, conversation, id + round, latencies[i], cancellationToken))
                    {
                        Interlocked.Increment(ref failed);
                    }
                }
            },
            cancellationToken)));
        var ended = DateTimeOffset.UtcNow;
        return new BenchInterviewRun(started.ToUnixTimeMilliseconds(), ended.ToUnixTimeMilliseconds(), latencies.SelectMany(l => l).ToList(), failed, _answers, _grades);
    }

    /// <returns>Whether the interview failed (an error reply, or it never reached its summary).</returns>
    private async Task<bool> InterviewAsync(UserRef user, ConversationKey conversation, int seed, List<double> latencies, CancellationToken cancellationToken)
    {
        var replies = await TimedAsync(new StartInterview(InterviewMode.Practice) { Count = questions, Language = Language.En }, isAnswer: false);
        for (var turn = 0; turn < questions * 4; turn++)
        {
            if (replies.Any(r => r.Kind == ReplyKind.Error))
            {
                return true;
            }

            if (replies.Any(r => r.Kind == ReplyKind.Summary))
            {
                return false;
            }

            var question = replies.LastOrDefault(r => r.Kind == ReplyKind.Question);
            if (question is null)
            {
                return true;
            }

            var strong = (seed + turn) % 2 == 0 && !question.IsFollowup;
            var answer = strong && bank.Find(question.EntryId ?? "") is { } entry ? entry.Answer.En : "I am not sure, something about memory and speed.";
            replies = await TimedAsync(new FreeText(answer.Trim()), isAnswer: true);
        }

        return true;

        async Task<IReadOnlyList<TutorReply>> TimedAsync(TutorIntent intent, bool isAnswer)
        {
            var started = Stopwatch.GetTimestamp();
            var result = await tutor.HandleAsync(new TutorInput(conversation, user, intent), cancellationToken);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (isAnswer)
            {
                Interlocked.Increment(ref _answers);
            }

            Interlocked.Add(ref _grades, result.Count(r => r.Kind == ReplyKind.Feedback));
            return result;
        }
    }
}
