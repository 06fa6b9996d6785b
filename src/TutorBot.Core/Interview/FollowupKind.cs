namespace TutorBot.Core.Interview;

/// <summary>What a follow-up is for. Probe is 0 so that follow-ups stored before kinds existed read as probes.</summary>
public enum FollowupKind
{
    /// <summary>After a partial answer: asks about the heaviest key point the answer missed.</summary>
    Probe,

    /// <summary>After a blank or very weak answer: an easier, leading question towards the heaviest key point.</summary>
    Scaffold,

    /// <summary>After a strong answer: goes deeper or asks a what-if.</summary>
    Stretch,
}
