namespace TutorBot.Core.Ask;

public interface IAskService
{
    Task<AskAnswer> AskAsync(AskRequest request, CancellationToken cancellationToken = default);
}
