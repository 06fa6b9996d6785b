using System.Text.Json;
using Xunit.Abstractions;

namespace TutorBot.Host.Tests.Chat;

public static class ResumedChat
{
    /// <summary>
    /// Reads what a chat restarted after a crash says first: it grades what the crash left ungraded (feedback first) or
    /// says where it stands (info first); either way the open question is the one after the answered one, or its follow-up.
    /// </summary>
    public static async Task<JsonElement> AssertResumedAfterAsync(ChatSession chat, int answeredPosition, ITestOutputHelper output)
    {
        var resumed = await chat.ReadUntilAsync("question");
        var open = resumed[^1];
        output.WriteLine($"resumed with {resumed[0].GetProperty("type").GetString()} (feedback: the kill came before grading)");
        Assert.Contains(resumed[0].GetProperty("type").GetString(), new[] { "feedback", "info" });
        Assert.True(
            open.GetProperty("is_followup").GetBoolean()
                ? open.GetProperty("question_number").GetInt32() == answeredPosition
                : open.GetProperty("question_number").GetInt32() == answeredPosition + 1,
            open.ToString());
        return open;
    }
}
