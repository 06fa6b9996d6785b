namespace TutorBot.Testing;

/// <summary>Paths of the checkout the tests run from.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string QuestionBank => Path.Combine(Root, "questionbank");

    public static string Prompts => Path.Combine(Root, "prompts");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TutorBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("TutorBot.sln not found above " + AppContext.BaseDirectory);
    }
}
