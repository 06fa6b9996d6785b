namespace TutorBot.Host.Cli;

public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The input was understood but is wrong (an invalid bank, a failed check).</summary>
    public const int Failed = 1;

    /// <summary>Bad arguments: a one-line message names the argument.</summary>
    public const int BadArguments = 2;
}
