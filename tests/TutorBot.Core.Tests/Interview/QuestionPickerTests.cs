using TutorBot.Core.Interview;
using TutorBot.Core.Level;
using TutorBot.Core.Review;
using TutorBot.Core.Tests.Conversation;
using TutorBot.Testing.Fakes;

namespace TutorBot.Core.Tests.Interview;

public sealed class QuestionPickerTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly QuestionPicker _picker = new(TestBank.Create());

    [Fact]
    public void ReviewPicksOnlyDueEntriesWeakestFirst()
    {
        ReviewCard[] cards = [Card("kv-cache", 6, dueInHours: -1), Card("layer-norm", 1, dueInHours: -1), Card("flash-attention", 0, dueInHours: 5)];

        var picked = _picker.Pick(new InterviewPlan(InterviewMode.Review, null, null, 5), cards, Now, "console:ada", 0.6);

        Assert.Equal(["layer-norm", "kv-cache"], picked.Select(e => e.Id));
    }

    [Fact]
    public void PracticeMixesDueEntriesFirstWithNewOnes()
    {
        ReviewCard[] cards = [Card("kv-cache", 6, dueInHours: -1), Card("layer-norm", 1, dueInHours: -1), Card("flash-attention", 0, dueInHours: 5)];

        var picked = _picker.Pick(new InterviewPlan(InterviewMode.Practice, null, null, 3), cards, Now, "console:ada", 0.6);

        // Two due slots of three (60%), weakest first, then the one new entry.
        Assert.Equal(["layer-norm", "kv-cache", "attention-scaling"], picked.Select(e => e.Id));
    }

    [Fact]
    public void PracticeFallsBackToEntriesNotYetDueWhenNewOnesRunOut()
    {
        ReviewCard[] cards = [Card("kv-cache", 6, dueInHours: 48), Card("flash-attention", 0, dueInHours: 5)];

        var picked = _picker.Pick(new InterviewPlan(InterviewMode.Practice, "inference", null, 5), cards, Now, "console:ada", 0.6);

        Assert.Equal(["flash-attention", "kv-cache"], picked.Select(e => e.Id));
    }

    [Fact]
    public void NewEntriesComeInAnOrderFixedPerUser()
    {
        var plan = new InterviewPlan(InterviewMode.Practice, null, null, 4);

        var first = _picker.Pick(plan, [], Now, "console:ada", 0.6).Select(e => e.Id).ToList();
        var again = _picker.Pick(plan, [], Now, "console:ada", 0.6).Select(e => e.Id).ToList();

        Assert.Equal(first, again);
        Assert.Equal(4, first.Distinct().Count());
    }

    [Fact]
    public void AnEntryThatFitsTheLevelComesBeforeANewOneThatDoesNot()
    {
        ReviewCard[] cards = [Card("flash-attention", 9, dueInHours: 48)];
        LevelEstimate[] levels = [new("inference", 3.2, 6)];

        var picked = _picker.Pick(new InterviewPlan(InterviewMode.Practice, "inference", null, 2), cards, Now, "console:ada", 0.6, levels);

        Assert.Equal(["flash-attention", "kv-cache"], picked.Select(e => e.Id));
    }

    [Fact]
    public void ATopicNotYetAnsweredStartsFromTheLevelOfTheOthers()
    {
        LevelEstimate[] levels = [new("transformer", 0.8, 5)];

        var picked = _picker.Pick(new InterviewPlan(InterviewMode.Practice, "inference", null, 1), [], Now, "console:ada", 0.6, levels);

        Assert.Equal("kv-cache", picked.Single().Id);
    }

    [Fact]
    public void EntriesAlreadyAskedAreLeftOutAndDueSlotsCanBeSet()
    {
        ReviewCard[] cards = [Card("kv-cache", 6, dueInHours: -1), Card("layer-norm", 1, dueInHours: -1)];

        var picked = _picker.Pick(new InterviewPlan(InterviewMode.Practice, null, null, 2), cards, Now, "console:ada", 0.6, asked: ["attention-scaling"], dueSlots: 0);

        // With no due slot the due entries wait behind the new one that fits as well.
        Assert.Equal("flash-attention", picked[0].Id);
        Assert.DoesNotContain("attention-scaling", picked.Select(e => e.Id));
    }

    [Theory]
    [InlineData("transformer", 1, "layer-norm")]
    [InlineData("Inference", null, "flash-attention kv-cache")]
    [InlineData("attention", null, "attention-scaling flash-attention")]
    [InlineData("attention", 3, "flash-attention")]
    public void ATopicNameSelectsThatTopicOtherWordsSelectByTagAndDifficultyFilters(string topic, int? difficulty, string expected)
    {
        var picked = _picker.Pick(new InterviewPlan(InterviewMode.Practice, topic, difficulty, 5), [], Now, "u", 0.6);

        Assert.Equal(expected.Split(' '), picked.Select(e => e.Id).Order());
    }

    [Fact]
    public void TopicsAndTagsAreKnownWords()
    {
        Assert.True(_picker.IsKnownTopic("Inference"));
        Assert.True(_picker.IsKnownTopic("attention"));
        Assert.False(_picker.IsKnownTopic("quantum"));
    }

    private static ReviewCard Card(string entry, double score, double dueInHours) =>
        new(1, entry, 0, 2.5, 1, Now.AddHours(dueInHours), score, Now.AddDays(-1), 0);
}
