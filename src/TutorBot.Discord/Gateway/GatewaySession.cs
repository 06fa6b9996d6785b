namespace TutorBot.Discord.Gateway;

/// <summary>What a resume needs: the session id, the last sequence number seen and the URL to resume against.</summary>
public sealed class GatewaySession
{
    public string? SessionId { get; private set; }

    public string? ResumeUrl { get; private set; }

    public long? Sequence { get; private set; }

    public bool CanResume => SessionId is not null && ResumeUrl is not null;

    public void Start(string sessionId, string resumeUrl)
    {
        SessionId = sessionId;
        ResumeUrl = resumeUrl;
    }

    public void Observe(long sequence)
    {
        if (Sequence is null || sequence > Sequence)
        {
            Sequence = sequence;
        }
    }

    public void Clear()
    {
        SessionId = null;
        ResumeUrl = null;
        Sequence = null;
    }
}
