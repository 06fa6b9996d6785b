using Microsoft.Extensions.Logging.Abstractions;
using TutorBot.Core.Bank;
using TutorBot.Core.Interview;
using TutorBot.Core.Model;
using TutorBot.Core.Tests.Conversation;
using TutorBot.Testing.Fakes;

namespace TutorBot.Core.Tests.Interview;

public sealed class FollowupPlannerTests
{
    private readonly QuestionBank _bank = TestBank.Create();

    [Fact]
    public async Task TheBanksFollowupOnTheHeaviestMissedPointComesFirstEvenWithAModel()
    {
        var model = new ScriptedModel("A generated question?");

        var followup = await PlanAsync("attention-scaling", ["unit-variance", "saturation"], model);

        Assert.Equal("What happens without scaling?", followup!.En);
        Assert.Empty(model.Requests);
    }

    [Fact]
    public async Task AFollowupAlreadyAskedIsNotAskedAgain()
    {
        var asked = new LocalizedText("不缩放会怎样？", "What happens without scaling?");

        var followup = await PlanAsync("attention-scaling", ["unit-variance", "saturation"], new NoTutorModel(), [asked]);

        Assert.Equal("Why not divide by dk?", followup!.En);
    }

    [Fact]
    public async Task WithoutABankFollowupTheModelWritesOneFromTheMissedPoints()
    {
        var model = new ScriptedModel("  Where is the full attention matrix kept?\nextra line");

        var followup = await PlanAsync("flash-attention", ["no-matrix"], model);

        Assert.Equal("Where is the full attention matrix kept?", followup!.En);
        var request = Assert.Single(model.Requests);
        Assert.Equal(FollowupPlanner.PromptName, request.PromptName);
        Assert.Equal("- It never materialises the full attention matrix", request.Variables["missed"]);
        Assert.Equal("English", request.Variables["language"]);
    }

    [Fact]
    public async Task AFailingModelOrNoMissedPointMeansNoFollowup()
    {
        Assert.Null(await PlanAsync("flash-attention", ["tiling"], new ScriptedModel(null)));
        Assert.Null(await PlanAsync("attention-scaling", [], new ScriptedModel("Why?")));
        Assert.Null(await PlanAsync("flash-attention", ["tiling"], new NoTutorModel()));
    }

    private Task<LocalizedText?> PlanAsync(string entryId, string[] missed, ITutorModel model, LocalizedText[]? asked = null) =>
        new FollowupPlanner(model, NullLogger<FollowupPlanner>.Instance)
            .PlanAsync(_bank.Find(entryId)!, missed, asked ?? [], "an answer", Language.En, "console:ada", CancellationToken.None);
}
