namespace TutorBot.Storage.Tests;

/// <summary>A test that mounts a <see cref="SmallDisk"/>: skipped with the reason where mounting is not allowed.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SmallDiskFactAttribute : FactAttribute
{
    public SmallDiskFactAttribute() => Skip = SmallDisk.SkipReason;
}
