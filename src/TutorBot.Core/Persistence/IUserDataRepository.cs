namespace TutorBot.Core.Persistence;

/// <summary>Everything stored about one user, to hand it to them or to erase it.</summary>
public interface IUserDataRepository
{
    /// <summary>Every stored row of the user, table by table; null when nothing is stored for them.</summary>
    Task<UserDataExport?> ExportAsync(string frontend, string externalId, CancellationToken cancellationToken = default);

    /// <summary>Deletes every row of the user in one transaction; returns how many rows went (0: nothing was stored).</summary>
    Task<int> DeleteAsync(string frontend, string externalId, CancellationToken cancellationToken = default);
}
