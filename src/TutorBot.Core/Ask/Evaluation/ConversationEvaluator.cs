using TutorBot.Core.Conversation;

namespace TutorBot.Core.Ask.Evaluation;

/// <summary>
/// Plays each conversation through the tutor as a user of its own, line by line, and scores every question turn on
/// how it was read (follow-up, new, refused), the entry it was answered from and the reply language.
/// </summary>
public static class ConversationEvaluator
{
    public const string Frontend = "eval";

    public static async Task<ConversationEvalReport> EvaluateAsync(ITutorService tutor, ChatLineParser parser, IEnumerable<EvalConversation> conversations, CancellationToken cancellationToken = default)
    {
        var outcomes = new List<TurnOutcome>();
        foreach (var conversation in conversations)
        {
            var user = new UserRef(Frontend, conversation.Id, conversation.Id);
            var channel = new ConversationKey(Frontend, conversation.Id);
            foreach (var turn in conversation.Turns)
            {
                var replies = await tutor.HandleAsync(new TutorInput(channel, user, parser.Parse(turn.Text)), cancellationToken);
                if (turn.Kind == TurnKind.Command)
                {
                    continue;
                }

                var answer = replies.LastOrDefault();
                outcomes.Add(new TurnOutcome(conversation, turn, answer?.Resolution?.As, answer?.Citations.FirstOrDefault(), answer?.Language ?? Bank.Language.En));
            }
        }

        return new ConversationEvalReport(outcomes);
    }
}
