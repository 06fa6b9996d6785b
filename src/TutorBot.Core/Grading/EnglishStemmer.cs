namespace TutorBot.Core.Grading;

/// <summary>A light suffix stripper (plurals, -ing, -ed, -ly, -ation): enough to match "saturates" with "saturation".</summary>
public static class EnglishStemmer
{
    private static readonly string[] Suffixes = ["ational", "ation", "ions", "ion", "ings", "ing", "ies", "ied", "ed", "ly", "es", "s", "e"];

    public static string Stem(string word)
    {
        if (word.Length <= 3 || !word.All(char.IsAsciiLetterLower))
        {
            return word;
        }

        foreach (var suffix in Suffixes)
        {
            if (word.Length - suffix.Length >= 3 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = word[..^suffix.Length];
                if (suffix is "ies" or "ied")
                {
                    stem += "y";
                }
                else if (suffix is "ation" or "ational")
                {
                    // "saturation" and "saturate" both become "saturat".
                    stem += "at";
                }

                // "running" -> "runn" -> "run"
                if (stem.Length > 3 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z'))
                {
                    stem = stem[..^1];
                }

                return stem;
            }
        }

        return word;
    }
}
