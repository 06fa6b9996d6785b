using Microsoft.Data.Sqlite;
using Xunit.Abstractions;
using TutorBot.Testing;

namespace TutorBot.Host.Tests.Chat;

public sealed class ChatCrashTests(ITestOutputHelper output) : IDisposable
{
    private const string Answer = "The scaling keeps the variance of the dot products in check, so softmax does not saturate.";
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task KilledRightAfterReadingAnAnswerTheInterviewResumesAtTheSamePlaceWithTheAnswerGradedOnce()
    {
        var db = _directory.File("crash.db");
        int position;
        using (var chat = ChatSession.Start(db, "crash"))
        {
            await chat.SendAsync("/interview transformer 3 en");
            var question = (await chat.ReadUntilAsync("question"))[^1];
            position = question.GetProperty("question_number").GetInt32();

            await chat.SendAsync(Answer);
            await WaitUntilStoredAsync(db, Answer);
            chat.Kill();
        }

        using (var chat = ChatSession.Start(db, "crash"))
        {
            var open = await ResumedChat.AssertResumedAfterAsync(chat, position, output);

            var rows = StoredAnswers(db);
            var stored = Assert.Single(rows);
            Assert.Equal((Answer, true), (stored.Text, stored.Graded));

            // Finish the interview: every further answer is stored once, next to the first.
            var sent = 1;
            var reply = open;
            while (reply.GetProperty("type").GetString() == "question")
            {
                await chat.SendAsync($"answer number {++sent}");
                reply = (await chat.ReadUntilAsync("question", "summary"))[^1];
            }

            Assert.Contains("3 of 3 question(s) done", reply.GetProperty("text").GetString());
            Assert.Equal(0, await chat.QuitAsync());
            Assert.Equal(sent, StoredAnswers(db).Count);
            Assert.Equal(sent, StoredAnswers(db).Select(r => r.Text).Distinct().Count());
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    private static async Task WaitUntilStoredAsync(string db, string text)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            try
            {
                if (File.Exists(db) && StoredAnswers(db).Any(r => r.Text == text))
                {
                    return;
                }
            }
            catch (SqliteException)
            {
                // Not migrated yet.
            }

            await Task.Delay(10);
        }

        throw new TimeoutException("the answer never reached the database");
    }

    private static List<(string Text, bool Graded)> StoredAnswers(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT text, graded FROM answers ORDER BY answered_at";
        using var reader = command.ExecuteReader();
        var rows = new List<(string, bool)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetBoolean(1)));
        }

        return rows;
    }
}
