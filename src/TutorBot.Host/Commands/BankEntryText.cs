using System.Text;
using TutorBot.Core.Bank;

namespace TutorBot.Host.Commands;

public static class BankEntryText
{
    public static string Render(BankEntry e)
    {
        var text = new StringBuilder();
        text.AppendLine($"{e.Id}  [{e.Topic}, {e.Kind.ToString().ToLowerInvariant()}, difficulty {e.Difficulty}]  ({e.SourceFile})");
        text.AppendLine($"Q (en): {e.Question.En}");
        text.AppendLine($"Q (zh): {e.Question.Zh}");
        text.AppendLine($"A (en): {e.Answer.En}");
        text.AppendLine($"A (zh): {e.Answer.Zh}");
        text.AppendLine("Key points:");
        foreach (var k in e.KeyPoints)
        {
            text.AppendLine($"  - {k.Id} (weight {k.Weight}): {k.Text.En} / {k.Text.Zh}");
        }

        foreach (var f in e.Followups)
        {
            text.AppendLine($"Follow-up{(f.KeyPointId is null ? "" : $" [{f.KeyPointId}]")}: {f.Question.En} / {f.Question.Zh}");
        }

        if (e.Calc is not null)
        {
            text.AppendLine($"Calc: {e.Calc.Calculator} " + string.Join(" ", e.Calc.Arguments.Select(a => $"--{a.Key} {a.Value}")));
        }

        if (e.Tags.Count > 0)
        {
            text.AppendLine("Tags: " + string.Join(", ", e.Tags));
        }

        return text.ToString().TrimEnd();
    }
}
