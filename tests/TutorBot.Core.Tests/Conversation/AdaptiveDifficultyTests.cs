using TutorBot.Core.Conversation;

namespace TutorBot.Core.Tests.Conversation;

/// <summary>
/// The rest of an interview is picked again after each graded question. The mixed test bank opens on its one medium
/// entry (attention-scaling); the others are easy (kv-cache, layer-norm) or hard (flash-attention).
/// </summary>
public sealed class AdaptiveDifficultyTests
{
    private readonly TutorHarness _tutor = new();

    [Theory]
    [InlineData("en", "variance grows, softmax would saturate, scaling gives unit variance", "scaling matters less", "flash-attention")]
    [InlineData("zh", "方差变大，softmax 饱和，缩放让方差回到 1", "影响小一些", "flash-attention")]
    public async Task AStrongFirstAnswerBringsAHarderSecondQuestion(string language, string strong, string stretchAnswer, string expected)
    {
        var start = await _tutor.SayAsync($"/interview mix 2 {language}");
        Assert.Equal("attention-scaling", start[^1].EntryId);

        await _tutor.SayAsync(strong);
        var next = await _tutor.SayAsync(stretchAnswer);

        Assert.Equal(expected, next.Single(r => r.Kind == ReplyKind.Question).EntryId);
    }

    [Theory]
    [InlineData("en", "I don't know", "no idea")]
    [InlineData("zh", "不知道", "不会")]
    public async Task ABlankFirstAnswerBringsAnEasierSecondQuestion(string language, string blank, string again)
    {
        await _tutor.SayAsync($"/interview mix 2 {language}");

        await _tutor.SayAsync(blank);
        var next = await _tutor.SayAsync(again);

        var entry = _tutor.Bank.Find(next.Single(r => r.Kind == ReplyKind.Question).EntryId!)!;
        Assert.Equal(1, entry.Difficulty);
    }
}
