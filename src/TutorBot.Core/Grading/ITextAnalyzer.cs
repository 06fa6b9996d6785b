namespace TutorBot.Core.Grading;

/// <summary>Turns text (zh, en or mixed) into normalised terms: Chinese words, stemmed lower-case English words, numbers.</summary>
public interface ITextAnalyzer
{
    /// <summary>Content terms in text order; stop words are left out. Never throws.</summary>
    IReadOnlyList<string> Terms(string text);
}
