using System.Reflection;
using System.Text.RegularExpressions;
using TutorBot.Core.Bank;
using TutorBot.Discord.Phrasing;

namespace TutorBot.Discord.Tests.Units;

public sealed partial class DiscordPhrasesTests
{
    public static TheoryData<string> PhraseNames() => [.. Phrases().Select(m => m.Name).Distinct()];

    [Theory]
    [MemberData(nameof(PhraseNames))]
    public void EveryPhraseHasAnEnglishTextAndAChineseTextWithChineseCharacters(string name)
    {
        foreach (var phrase in Phrases().Where(m => m.Name == name))
        {
            foreach (var arguments in SampleArguments(phrase))
            {
                var english = Say(phrase, Language.En, arguments);
                var chinese = Say(phrase, Language.Zh, arguments);

                Assert.False(string.IsNullOrWhiteSpace(english), $"{name} has no English text");
                Assert.False(string.IsNullOrWhiteSpace(chinese), $"{name} has no Chinese text");
                Assert.DoesNotMatch(Cjk(), english);
                Assert.Matches(Cjk(), chinese);
            }
        }
    }

    [Fact]
    public void TheCatalogHoldsOnlyPhrasesThatTakeTheLanguageFirst()
    {
        var methods = typeof(DiscordPhrases).GetMethods(BindingFlags.Public | BindingFlags.Static);

        Assert.True(methods.Length > 25, $"only {methods.Length} phrases were found");
        Assert.All(methods, m => Assert.Equal(typeof(Language), m.GetParameters()[0].ParameterType));
        Assert.All(methods, m => Assert.Equal(typeof(string), m.ReturnType));
    }

    private static IEnumerable<MethodInfo> Phrases() => typeof(DiscordPhrases).GetMethods(BindingFlags.Public | BindingFlags.Static);

    private static string Say(MethodInfo phrase, Language language, object?[] arguments) =>
        (string)phrase.Invoke(null, [language, .. arguments])!;

    /// <summary>One set of arguments per value a nullable or boolean parameter can take, so every branch is spoken.</summary>
    private static IEnumerable<object?[]> SampleArguments(MethodInfo phrase)
    {
        IEnumerable<object?[]> sets = [[]];
        foreach (var parameter in phrase.GetParameters().Skip(1))
        {
            var values = Samples(parameter.ParameterType);
            sets = sets.SelectMany(set => values.Select(value => (object?[])[.. set, value])).ToList();
        }

        return sets;
    }

    private static object?[] Samples(Type type) => type switch
    {
        _ when type == typeof(string) => ["42"],
        _ when type == typeof(int) => [3],
        _ when type == typeof(double) => [2.0],
        _ when type == typeof(bool) => [true, false],
        _ when type == typeof(int?) => [3, null],
        _ => throw new InvalidOperationException($"No sample for a {type.Name} parameter"),
    };

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Cjk();
}
