using System.Reflection;
using System.Text.RegularExpressions;
using TutorBot.Core.Bank;
using TutorBot.Core.Phrasing;

namespace TutorBot.Core.Tests.Phrasing;

public sealed partial class PhrasesTests
{
    public static TheoryData<string> PhraseNames() => [.. Catalog().Select(m => m.Name).Distinct()];

    [Theory]
    [MemberData(nameof(PhraseNames))]
    public void EveryPhraseHasAnEnglishTextWithoutChineseAndAChineseTextWithChineseCharacters(string name)
    {
        foreach (var phrase in Catalog().Where(m => m.Name == name))
        {
            foreach (var arguments in PhraseSamples.ArgumentSets(phrase))
            {
                var english = Say(phrase, Language.En, arguments);
                var chinese = Say(phrase, Language.Zh, arguments);

                Assert.False(string.IsNullOrWhiteSpace(english), $"{name}({Describe(arguments)}) has no English text");
                Assert.False(string.IsNullOrWhiteSpace(chinese), $"{name}({Describe(arguments)}) has no Chinese text");
                Assert.False(Cjk().IsMatch(english), $"{name}({Describe(arguments)}) has Chinese in its English text: {english}");
                Assert.True(Cjk().IsMatch(chinese), $"{name}({Describe(arguments)}) has no Chinese in its Chinese text: {chinese}");
            }
        }
    }

    [Fact]
    public void TheCatalogHoldsOnlyPhrasesThatTakeTheLanguageFirstAndReturnText()
    {
        var methods = Catalog().ToList();
        var otherMembers = typeof(Phrases).GetMembers(BindingFlags.Public | BindingFlags.Static).Except(methods);

        Assert.True(methods.Count > 120, $"only {methods.Count} phrases were found");
        Assert.Empty(otherMembers);
        Assert.All(methods, m => Assert.Equal(typeof(Language), m.GetParameters().FirstOrDefault()?.ParameterType));
        Assert.All(methods, m => Assert.Equal(typeof(string), m.ReturnType));
    }

    [Fact]
    public void AChineseTopicNameIsShownWithTheTopicAndAnUnknownTopicAsItIs()
    {
        Assert.Equal("量化 (quantization)", Phrases.Topic(Language.Zh, "quantization"));
        Assert.Equal("quantization", Phrases.Topic(Language.En, "quantization"));
        Assert.Equal("new-topic", Phrases.Topic(Language.Zh, "new-topic"));
    }

    [Fact]
    public void APhraseSaidInBothLanguagesKeepsEachLanguageInItsPlace()
    {
        var both = BothLanguages.Say(Phrases.OrderOfMagnitudeOff);

        Assert.Equal(Phrases.OrderOfMagnitudeOff(Language.Zh), both.Zh);
        Assert.Equal(Phrases.OrderOfMagnitudeOff(Language.En), both.En);
    }

    private static IEnumerable<MethodInfo> Catalog() =>
        typeof(Phrases).GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly);

    private static string Say(MethodInfo phrase, Language language, object?[] arguments) =>
        (string)phrase.Invoke(null, [language, .. arguments])!;

    private static string Describe(object?[] arguments) => string.Join(", ", arguments.Select(a => a?.ToString() ?? "null"));

    /// <summary>Chinese ideographs, and the full-width punctuation that only Chinese text uses (（）：).</summary>
    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}]")]
    private static partial Regex Cjk();
}
