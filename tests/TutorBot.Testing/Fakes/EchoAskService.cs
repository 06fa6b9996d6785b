using TutorBot.Core.Ask;

namespace TutorBot.Testing.Fakes;

public sealed class EchoAskService : IAskService
{
    public List<AskRequest> Requests { get; } = [];

    public Task<AskAnswer> AskAsync(AskRequest request, CancellationToken cancellationToken = default)
    {
        Requests.Add(request);
        return Task.FromResult(new AskAnswer($"About: {request.Question}", ["kv-cache"], AskMode.Retrieval));
    }
}
