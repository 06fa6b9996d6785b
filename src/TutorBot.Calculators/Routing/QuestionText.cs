using System.Text;
using TutorBot.Core.Text;

namespace TutorBot.Calculators.Routing;

/// <summary>A question folded for matching: lower case, full-width punctuation and digits as ASCII, multiplication signs as x.</summary>
public static class QuestionText
{
    public static string Fold(string question)
    {
        var text = new StringBuilder(question.Length);
        foreach (var c in UnicodeText.NormalizeKC(question))
        {
            text.Append(c switch
            {
                '×' or '✕' or '*' => 'x',
                '，' or '、' => ',',
                '：' => ':',
                '＝' => '=',
                '（' => '(',
                '）' => ')',
                '？' => '?',
                '。' => '.',
                _ => char.ToLowerInvariant(c),
            });
        }

        return text.ToString();
    }
}
