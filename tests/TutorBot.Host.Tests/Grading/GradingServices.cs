using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TutorBot.BankFiles;
using TutorBot.Calculators;
using TutorBot.Core;
using TutorBot.Core.Bank;
using TutorBot.Core.Grading;
using TutorBot.Retrieval.Text;
using TutorBot.Testing;

namespace TutorBot.Host.Tests.Grading;

/// <summary>The grader as the host wires it (real bank, Lucene analyzer, calculators, no model), built once.</summary>
public static class GradingServices
{
    private static readonly Lazy<IHost> Host = new(() =>
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration["Bank:Path"] = RepoPaths.QuestionBank;
        builder.AddBankFiles();
        builder.AddTutorCore();
        builder.AddCalculators();
        builder.AddTextAnalysis();
        return builder.Build();
    });

    public static IAnswerGrader Grader => Host.Value.Services.GetRequiredService<IAnswerGrader>();

    public static QuestionBank Bank => Host.Value.Services.GetRequiredService<QuestionBank>();

    public static BankEntry Entry(string id) => Bank.Find(id) ?? throw new InvalidOperationException($"no bank entry {id}");

    public static Task<GradeResult> GradeAsync(string id, string answer, Language language)
    {
        var entry = Entry(id);
        return Grader.GradeAsync(new GradeRequest(entry, entry.Question.For(language), null, answer, language));
    }
}
