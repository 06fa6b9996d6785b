namespace TutorBot.Core.Grading.Evaluation;

/// <summary>One row of a grading data set: a question, its reference answer, a student's answer and the human score (0-5).</summary>
public sealed record LabelledAnswer(string Question, string Reference, string Answer, double HumanScore);
