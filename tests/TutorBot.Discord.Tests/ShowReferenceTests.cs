using Microsoft.Extensions.DependencyInjection;
using TutorBot.Core.Bank;
using TutorBot.Discord.Interactions;
using TutorBot.Discord.Tests.Fakes;
using TutorBot.Testing;

namespace TutorBot.Discord.Tests;

public sealed class ShowReferenceTests
{
    [Fact]
    public async Task ShowReferenceAnswersWithTheEntrysReferenceAnswerForTheUserAlone()
    {
        using var directory = new TempDirectory();
        await using var bot = await BotHarness.StartAsync(composition: () => RealComposition.Builder(directory.File("tutor.db")));
        var entry = bot.Host.Services.GetRequiredService<QuestionBank>().Entries[0];
        var press = InteractionPayloads.Button(CustomIds.ReferenceFor(entry.Id)!, InteractionPayloads.ChannelId, channelType: 0);

        await bot.SendInteractionAsync(press);
        var shown = await bot.EditedOriginalAsync(press);

        var deferral = Assert.Single(bot.Callbacks(press)).Json!;
        Assert.Equal(5, (int)deferral["type"]!);
        Assert.Equal(64, (int)deferral["data"]!["flags"]!);
        Assert.Contains(entry.Answer.En.Trim()[..40], shown.Content, StringComparison.Ordinal);
    }
}
