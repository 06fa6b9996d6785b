namespace TutorBot.Llm.Templates;

/// <summary>Turns chat turns (role, content) into the model's prompt text, ending with the assistant's turn opener.</summary>
public interface IChatFormatter
{
    string Name { get; }

    string Format(IReadOnlyList<ChatTurn> turns);
}
