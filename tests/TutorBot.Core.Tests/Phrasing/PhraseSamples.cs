using System.Reflection;
using TutorBot.Core.Level;
using TutorBot.Core.Persistence;

namespace TutorBot.Core.Tests.Phrasing;

/// <summary>Arguments to speak a phrase with: one set per value a boolean, nullable or enum parameter can take, so every branch is spoken.</summary>
internal static class PhraseSamples
{
    public static IEnumerable<object?[]> ArgumentSets(MethodInfo phrase)
    {
        IEnumerable<object?[]> sets = [[]];
        foreach (var parameter in phrase.GetParameters().Skip(1))
        {
            var values = For(parameter);
            sets = sets.SelectMany(set => values.Select(value => (object?[])[.. set, value])).ToList();
        }

        return sets;
    }

    private static object?[] For(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        var nullable = new NullabilityInfoContext().Create(parameter).ReadState == NullabilityState.Nullable;
        return type switch
        {
            _ when type == typeof(string) && parameter.Name == "topic" => ["quantization"],
            _ when type == typeof(string) => nullable ? ["42", null] : ["42"],
            _ when type == typeof(int) => [3],
            _ when type == typeof(int?) => [3, null],
            _ when type == typeof(double) => [2.5],
            _ when type == typeof(bool) => [true, false],
            _ when type == typeof(TimeSpan) => [TimeSpan.FromSeconds(150), TimeSpan.Zero],
            _ when type == typeof(DateTimeOffset?) => [new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.Zero), null],
            _ when type == typeof(IEnumerable<string>) || type == typeof(IReadOnlyList<string>) => [new[] { "alpha", "beta" }],
            _ when type == typeof(IEnumerable<LevelEstimate>) => [new[] { new LevelEstimate("transformer", 2.4, 5) }],
            _ when type == typeof(StoreFailedException) => StoreFailures(),
            _ when type.IsEnum => Enum.GetValues(type).Cast<object?>().ToArray(),
            _ => throw new InvalidOperationException($"No sample for the {type.Name} parameter {parameter.Name} of {parameter.Member.Name}"),
        };
    }

    private static object?[] StoreFailures() =>
    [
        .. Enum.GetValues<StoreFault>().SelectMany(fault => new[] { true, false }.Select(write => new StoreFailedException(fault, write, "test"))),
        new StoreFailedException(StoreFault.Busy, true, "test") { AnswerKept = true },
    ];
}
