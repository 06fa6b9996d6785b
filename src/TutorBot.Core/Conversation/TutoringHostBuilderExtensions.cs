using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using TutorBot.Core.Ask.Context;
using TutorBot.Core.Interview;
using TutorBot.Core.Progress;

namespace TutorBot.Core.Conversation;

public static class TutoringHostBuilderExtensions
{
    /// <summary>
    /// The tutor (ITutorService) and the interview engine behind it. Needs an IAnswerGrader and the repositories
    /// (Persistence/) from the adapters; IAskService and ICalculatorService are used when registered.
    /// </summary>
    public static IHostApplicationBuilder AddTutoring(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<InterviewOptions>()
            .Bind(builder.Configuration.GetSection(InterviewOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton<IProgressChart, NoProgressChart>();
        builder.Services.AddSingleton<QuestionPicker>();
        builder.Services.AddSingleton<FollowupPlanner>();
        builder.Services.AddSingleton<InterviewWriter>();
        builder.Services.AddSingleton<SummaryWriter>();
        builder.Services.AddSingleton<InterviewEngine>();
        builder.Services.AddSingleton<ProgressService>();
        builder.Services.AddOptions<ConversationContextOptions>()
            .Bind(builder.Configuration.GetSection(ConversationContextOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<QuestionDesk>();
        builder.Services.AddSingleton<ConversationAsk>();
        builder.Services.AddSingleton<ChatLineParser>();
        builder.Services.AddSingleton<TutorService>();
        builder.Services.AddSingleton<ITutorService>(sp => sp.GetRequiredService<TutorService>());
        return builder;
    }
}
