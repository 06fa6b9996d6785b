using System.Globalization;
using System.Text;
using TutorBot.BankFiles;
using TutorBot.Core.Bank;
using TutorBot.Testing;
using Xunit.Abstractions;

namespace TutorBot.BankFiles.Tests.Fuzzing;

/// <summary>
/// Seeded fuzzing of the bank loader with damaged copies of the shipped bank files. Every case must load without an
/// exception and report each problem as one line at a real file:line:column. TUTORBOT_FUZZ_SEED and
/// TUTORBOT_FUZZ_CASES replay or widen a run.
/// </summary>
public sealed class BankFuzzTests(ITestOutputHelper output) : IDisposable
{
    private const int DefaultSeed = 20261130;
    private const int DefaultCases = 2000;

    /// <summary>Each seed document is the start of a shipped file, cut at an entry boundary, so a case parses in about a millisecond.</summary>
    private const int SeedLength = 3000;

    private readonly TempDirectory _dir = new();

    /// <summary>`.ci/run` prints this line after the tests, as `dotnet test` shows no output of passing tests.</summary>
    private static string SummaryFile => Path.Combine(RepoPaths.Root, "TestResults", "bank-fuzz.txt");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void DamagedBankFilesAlwaysGiveFileLineColumnErrorsAndNeverThrow()
    {
        var seed = FromEnvironment("TUTORBOT_FUZZ_SEED", DefaultSeed);
        var cases = FromEnvironment("TUTORBOT_FUZZ_CASES", DefaultCases);
        var documents = SeedDocuments();
        var mutator = new BankFileMutator(new Random(seed));
        var file = _dir.File("fuzzed.yaml");
        var rejected = 0;

        for (var i = 0; i < cases; i++)
        {
            var mutated = mutator.Mutate(documents[i % documents.Count]);
            File.WriteAllBytes(file, mutated);
            BankLoadResult result;
            try
            {
                result = BankLoader.Load(_dir.Path);
            }
            catch (Exception ex)
            {
                throw new Xunit.Sdk.XunitException($"case {i} (seed {seed}) threw {ex.GetType().Name}: {ex.Message}\n--- input ---\n{Encoding.UTF8.GetString(mutated)}");
            }

            foreach (var error in result.Errors)
            {
                var wellFormed = error.File == file && error.Line >= 1 && error.Column >= 1
                    && error.Message.Length > 0 && !error.Message.Contains('\n');
                Assert.True(wellFormed, $"case {i} (seed {seed}): malformed error '{error}'\n--- input ---\n{Encoding.UTF8.GetString(mutated)}");
            }

            rejected += result.IsValid ? 0 : 1;
        }

        var summary = $"bank fuzzer: {cases} cases, seed {seed}, {rejected} rejected with file:line:column errors, 0 exceptions";
        output.WriteLine(summary);
        Directory.CreateDirectory(Path.GetDirectoryName(SummaryFile)!);
        File.WriteAllText(SummaryFile, summary + Environment.NewLine);
        Assert.True(rejected > cases / 2, summary);
    }

    private static List<byte[]> SeedDocuments() =>
        Directory.EnumerateFiles(RepoPaths.QuestionBank, "*.yaml")
            .Order(StringComparer.Ordinal)
            .Select(path => Encoding.UTF8.GetBytes(StartOf(File.ReadAllText(path))))
            .ToList();

    private static string StartOf(string yaml)
    {
        var nextEntry = yaml.IndexOf("\n- ", SeedLength, StringComparison.Ordinal);
        return nextEntry < 0 ? yaml : yaml[..(nextEntry + 1)];
    }

    private static int FromEnvironment(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
