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
    public async Task AProbeAsksTheBanksFollowupOnTheHeaviestMissedPointEvenWithAModel()
    {
        var model = new ScriptedModel("A generated question?");

        var followup = await PlanAsync(FollowupKind.Probe, "attention-scaling", ["unit-variance", "saturation"], model);

        Assert.Equal(("What happens without scaling?", FollowupKind.Probe, "saturation"), (followup!.En, followup.Kind, followup.KeyPointId));
        Assert.Empty(model.Requests);
    }

    [Fact]
    public async Task APointAlreadyAskedAboutIsNotAskedAboutAgain()
    {
        var asked = new AskedFollowup("不缩放会怎样？", "What happens without scaling?", FollowupKind.Probe, "saturation");

        var followup = await PlanAsync(FollowupKind.Probe, "attention-scaling", ["unit-variance", "saturation"], new NoTutorModel(), asked);

        Assert.Equal(("Why not divide by dk?", "unit-variance"), (followup!.En, followup.KeyPointId));
    }

    [Fact]
    public async Task WithoutABankFollowupTheModelWritesAProbeForTheHeaviestMissedPoint()
    {
        var model = new ScriptedModel("  Where is the full attention matrix kept?\nextra line");

        var followup = await PlanAsync(FollowupKind.Probe, "flash-attention", ["no-matrix"], model);

        Assert.Equal(("Where is the full attention matrix kept?", "no-matrix"), (followup!.En, followup.KeyPointId));
        var request = Assert.Single(model.Requests);
        Assert.Equal(FollowupPlanner.PromptName, request.PromptName);
        Assert.Equal("- It never materialises the full attention matrix", request.Variables["missed"]);
        Assert.Equal("English", request.Variables["language"]);
    }

    [Fact]
    public async Task WithoutAModelAProbeNamesThePointPlainly()
    {
        var followup = await PlanAsync(FollowupKind.Probe, "flash-attention", ["tiling"], new ScriptedModel(null));

        Assert.Equal("You have not touched on \"tiling\": what part does it play here?", followup!.En);
        Assert.Equal("你还没有谈到“分块”：它在这里起什么作用？", followup.Zh);
    }

    [Fact]
    public async Task AScaffoldLeadsTowardsTheHeaviestMissedPointWithItsOwnEasierQuestion()
    {
        var followup = await PlanAsync(FollowupKind.Scaffold, "attention-scaling", ["variance", "saturation", "unit-variance"], new NoTutorModel());

        Assert.Equal((FollowupKind.Scaffold, "variance"), (followup!.Kind, followup.KeyPointId));
        Assert.Equal(_bank.Find("attention-scaling")!.KeyPoints[0].Scaffold, followup.Text);
    }

    [Fact]
    public async Task AStretchIsTheEntrysStretchQuestionAndThereIsNoneWhenTheEntryHasNone()
    {
        var stretch = await PlanAsync(FollowupKind.Stretch, "attention-scaling", [], new NoTutorModel());

        Assert.Equal(_bank.Find("attention-scaling")!.Stretch[0].Question, stretch!.Text);
        Assert.Equal(FollowupKind.Stretch, stretch.Kind);
        Assert.Null(await PlanAsync(FollowupKind.Stretch, "kv-cache", [], new NoTutorModel()));
    }

    [Fact]
    public async Task NoMissedPointMeansNoProbeOrScaffold()
    {
        Assert.Null(await PlanAsync(FollowupKind.Probe, "attention-scaling", [], new ScriptedModel("Why?")));
        Assert.Null(await PlanAsync(FollowupKind.Scaffold, "kv-cache", [], new NoTutorModel()));
    }

    private Task<AskedFollowup?> PlanAsync(FollowupKind kind, string entryId, string[] missed, ITutorModel model, params AskedFollowup[] asked)
    {
        var entry = _bank.Find(entryId)!;
        var question = new InterviewQuestion(1, entryId, entry.Topic);
        question.Missed.AddRange(missed);
        question.Followups.AddRange(asked);
        return new FollowupPlanner(model, NullLogger<FollowupPlanner>.Instance)
            .PlanAsync(kind, entry, question, "an answer", Language.En, "console:ada", CancellationToken.None);
    }
}
