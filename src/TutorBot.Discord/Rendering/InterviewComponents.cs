using System.Text.Json.Nodes;
using TutorBot.Core.Bank;
using TutorBot.Core.Conversation.Intents;
using TutorBot.Core.Phrasing;
using TutorBot.Discord.Interactions;

namespace TutorBot.Discord.Rendering;

/// <summary>The buttons under each interview question and the modal the Answer button opens.</summary>
public static class InterviewComponents
{
    private const int ActionRow = 1;
    private const int Button = 2;
    private const int TextInput = 4;
    private const int Label = 18;
    private const int Primary = 1;
    private const int Secondary = 2;
    private const int Danger = 4;
    private const int Paragraph = 2;

    /// <summary>Answer, Hint, Skip and End for one prompt; each names it in its custom_id.</summary>
    public static JsonArray Buttons(Language language, QuestionRef question) => new(new JsonObject
    {
        ["type"] = ActionRow,
        ["components"] = new JsonArray(
            ButtonJson(Primary, Phrases.AnswerButton(language), CustomIds.For(CustomIds.Answer, question)),
            ButtonJson(Secondary, Phrases.HintButton(language), CustomIds.For(CustomIds.Hint, question)),
            ButtonJson(Secondary, Phrases.SkipButton(language), CustomIds.For(CustomIds.Skip, question)),
            ButtonJson(Danger, Phrases.EndButton(language), CustomIds.For(CustomIds.End, question))),
    });

    /// <summary>The "Show reference" button under feedback: the reference answer stays folded until asked for.</summary>
    public static JsonArray ReferenceButton(Language language, string customId) => new(new JsonObject
    {
        ["type"] = ActionRow,
        ["components"] = new JsonArray(ButtonJson(Secondary, Phrases.ShowReferenceButton(language), customId)),
    });

    /// <summary>The interaction response (type 9) that opens the answer modal.</summary>
    public static JsonObject AnswerModal(Language language, int maxLength, QuestionRef question) => new()
    {
        ["type"] = (int)InteractionCallbackType.Modal,
        ["data"] = new JsonObject
        {
            ["custom_id"] = CustomIds.For(CustomIds.AnswerModal, question),
            ["title"] = Phrases.AnswerModalTitle(language),
            // Discord now documents the Label component (not an Action Row) as the wrapper of a modal's text input.
            ["components"] = new JsonArray(new JsonObject
            {
                ["type"] = Label,
                ["label"] = Phrases.AnswerModalLabel(language),
                ["component"] = new JsonObject
                {
                    ["type"] = TextInput,
                    ["custom_id"] = CustomIds.AnswerText,
                    ["style"] = Paragraph,
                    ["min_length"] = 1,
                    ["max_length"] = maxLength,
                    ["required"] = true,
                },
            }),
        },
    };

    private static JsonObject ButtonJson(int style, string label, string customId) => new()
    {
        ["type"] = Button,
        ["style"] = style,
        ["label"] = label,
        ["custom_id"] = customId,
    };
}
