using TutorBot.Testing;
using TutorBot.Testing.Gguf;

namespace TutorBot.Host.Tests.Robustness;

/// <summary>The files the sweep needs (hostile paths, a tiny GGUF model), made once for all its cases.</summary>
public sealed class SweepFixture : IDisposable
{
    private readonly TempDirectory _directory = new();

    public SweepFixture()
    {
        TinyLlamaGguf.Write(_directory.File("tiny.gguf"));
        Cases = SweepCases.Build(_directory.Path);
    }

    public IReadOnlyDictionary<string, SweepCase> Cases { get; }

    public void Dispose() => _directory.Dispose();
}
