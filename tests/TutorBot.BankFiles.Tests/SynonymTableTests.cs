using TutorBot.BankFiles;
using TutorBot.Core.Bank;
using TutorBot.Testing;

namespace TutorBot.BankFiles.Tests;

public sealed class SynonymTableTests
{
    [Fact]
    public void ExpandsATermToItsWholeGroupIgnoringCase()
    {
        using var dir = new TempDirectory();
        dir.Write(BankSideFiles.SynonymsFileName, "# comment\n显存, VRAM, GPU memory\n\n量化, quantization\n");

        var table = BankSideFiles.LoadSynonyms(dir.Path);

        Assert.Equal(2, table.Groups.Count);
        Assert.Equal(["vram", "显存", "GPU memory"], table.Expand("vram"));
        Assert.Equal(["LoRA"], table.Expand("LoRA"));
    }

    [Fact]
    public void AMissingFileIsAnEmptyTable()
    {
        using var dir = new TempDirectory();

        Assert.Empty(BankSideFiles.LoadSynonyms(dir.Path).Groups);
    }

    [Fact]
    public void TheShippedFileHasTheFieldsCoreTerms()
    {
        var table = BankSideFiles.LoadSynonyms(RepoPaths.QuestionBank);

        Assert.Contains("GPU memory", table.Expand("显存"));
        Assert.Contains("attention", table.Expand("注意力"));
        Assert.Contains("fine-tuning", table.Expand("微调"));
        Assert.Contains("quantization", table.Expand("量化"));
    }
}
