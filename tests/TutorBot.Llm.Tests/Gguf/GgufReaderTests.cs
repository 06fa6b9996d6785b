using TutorBot.Llm.Gguf;
using TutorBot.Testing;
using TutorBot.Testing.Gguf;

namespace TutorBot.Llm.Tests.Gguf;

public sealed class GgufReaderTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public void ReadsTheHyperparametersAndCountsEveryParameter()
    {
        var spec = new TinyLlamaSpec { Embedding = 64, Layers = 3, Heads = 4, KvHeads = 2, FeedForward = 96, TrainingContext = 1024 };
        var path = TinyLlamaGguf.Write(_directory.File("m.gguf"), spec);

        var metadata = GgufReader.Read(path);

        var vocabulary = TinyVocabulary.Create().Count;
        var perLayer = 2 * 64 + 64 * 64 * 2 + 64 * 32 * 2 + 3 * 64 * 96;
        Assert.Equal("llama", metadata.Architecture);
        Assert.Equal(3, metadata.Layers);
        Assert.Equal(4, metadata.Heads);
        Assert.Equal(2, metadata.KvHeads);
        Assert.Equal(16, metadata.HeadSize);
        Assert.Equal(64, metadata.EmbeddingLength);
        Assert.Equal(1024, metadata.TrainingContext);
        Assert.Equal(2L * vocabulary * 64 + 64 + 3L * perLayer, metadata.ParameterCount);
        Assert.Equal(new FileInfo(path).Length, metadata.FileSize);
        Assert.Contains("<|im_start|>", metadata.ChatTemplate);
    }

    [Fact]
    public void AModelWithoutAChatTemplateSaysSo()
    {
        var path = TinyLlamaGguf.Write(_directory.File("m.gguf"), new TinyLlamaSpec { ChatTemplate = null });

        Assert.Null(GgufReader.Read(path).ChatTemplate);
    }

    [Fact]
    public void AFileThatIsNotGgufIsNamedAsSuch()
    {
        var path = _directory.Write("notes.gguf", "this is a text file, not a model");

        var error = Assert.Throws<GgufFormatException>(() => GgufReader.Read(path));

        Assert.Equal($"{path} is not a GGUF model file (it does not start with 'GGUF')", error.Message);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.99)]
    [InlineData(0.01)]
    public void ATruncatedFileIsReportedAsTruncated(double keptShare)
    {
        var path = TinyLlamaGguf.Write(_directory.File("m.gguf"));
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(int)(bytes.Length * keptShare)]);

        var error = Assert.Throws<GgufFormatException>(() => GgufReader.Read(path));

        Assert.StartsWith($"{path} is truncated", error.Message);
    }

    [Fact]
    public void AMissingFileIsReportedWithItsPath()
    {
        var path = _directory.File("absent.gguf");

        var error = Assert.Throws<GgufFormatException>(() => GgufReader.Read(path));

        Assert.Equal($"model file not found: {path}", error.Message);
    }

    public void Dispose() => _directory.Dispose();
}
