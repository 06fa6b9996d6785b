using System.Text.Json;
using TutorBot.Discord.Interactions;

namespace TutorBot.Discord.Tests.Units;

public sealed class CommandInvocationTests
{
    [Fact]
    public void ASubcommandIsFlattenedIntoTheNameWithItsOptions()
    {
        using var json = JsonDocument.Parse("""
            {"name":"interview","type":1,"options":[{"name":"start","type":1,"options":[
              {"name":"topic","type":3,"value":"transformer"},{"name":"count","type":4,"value":3}]}]}
            """);

        var command = CommandInvocation.TryParse(json.RootElement)!;

        Assert.Equal("interview start", command.Name);
        Assert.Equal("transformer", command.Option("topic"));
        Assert.Equal(3, command.IntOption("count"));
    }

    [Fact]
    public void AModalValueIsFoundInsideALabelComponentToo()
    {
        using var json = JsonDocument.Parse("""
            {"custom_id":"tutor:answer-modal","components":[{"type":18,"component":{"type":4,"custom_id":"answer","value":"my answer"}}]}
            """);

        Assert.Equal("my answer", ModalValues.Find(json.RootElement, "answer"));
    }
}
