using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TutorBot.Core.Bank;

/// <summary>Loads a YAML text whose document is a list, for the labelled sets under questionbank/eval/.</summary>
public static class YamlList
{
    /// <exception cref="FormatException">The text is not YAML or not a list; the message names line and column.</exception>
    public static YamlSequenceNode Load(string yaml, string expected)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new FormatException($"{e.Start.Line}:{e.Start.Column}: YAML syntax error: {e.Message}");
        }

        return stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlSequenceNode root
            ? root
            : throw new FormatException($"1:1: expected {expected}");
    }
}
