using TutorBot.Discord.Rest;

namespace TutorBot.Discord.Tests.Units;

public sealed class DiscordRouteTests
{
    [Theory]
    [InlineData("POST", "/channels/42/messages", "POST /channels/42/messages", "POST /channels/42/messages")]
    [InlineData("PATCH", "/webhooks/222/secret-token/messages/@original", "PATCH /webhooks/222/secret-token/messages/@original", "PATCH /webhooks/222/{token}/messages/@original")]
    [InlineData("POST", "/interactions/77/secret-token/callback", "POST /interactions/77/secret-token/callback", "POST /interactions/77/{token}/callback")]
    [InlineData("DELETE", "/channels/42/messages/123456", "DELETE /channels/42/messages/{id}", "DELETE /channels/42/messages/123456")]
    public void MajorParametersStayInTheBucketKeyAndTokensLeaveTheDisplay(string method, string path, string key, string display)
    {
        var route = DiscordRoute.From(new HttpMethod(method), path);

        Assert.Equal(key, route.BucketKey);
        Assert.Equal(display, route.Display);
    }
}
