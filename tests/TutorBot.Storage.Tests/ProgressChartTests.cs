using TutorBot.Core.Bank;
using TutorBot.Core.Conversation;
using TutorBot.Core.Progress;

namespace TutorBot.Storage.Tests;

public sealed class ProgressChartTests : IDisposable
{
    private readonly StorageTutor _storage = new();

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task ProgressAttachesAPngChartOfScoresOverTime(string language)
    {
        await _storage.SayAsync("ada", $"/interview inference 2 {language}");
        await _storage.SayAsync("ada", "/skip");
        _storage.Clock.Advance(TimeSpan.FromDays(2));
        await _storage.SayAsync("ada", "keys and values, no recompute, tiling, never materialised");

        var progress = (await _storage.SayAsync("ada", "/progress")).Single();

        Assert.Equal(ReplyKind.Info, progress.Kind);
        Assert.NotNull(progress.AttachmentPath);
        Assert.Contains(progress.AttachmentPath, progress.Text);
        Assert.StartsWith(Path.GetDirectoryName(_storage.DatabasePath)!, progress.AttachmentPath);
        var png = await File.ReadAllBytesAsync(progress.AttachmentPath);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        Assert.True(png.Length > 5_000);
    }

    [Fact]
    public void NoHistoryDrawsNoChart()
    {
        Assert.Null(_storage.Get<IProgressChart>().Render("console:ada", [], Language.En));
    }

    public void Dispose() => _storage.Dispose();
}
