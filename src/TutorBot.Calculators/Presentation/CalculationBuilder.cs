using TutorBot.Core.Bank;
using TutorBot.Core.Calculations;

namespace TutorBot.Calculators.Presentation;

/// <summary>Collects a calculation's effective inputs, bilingual assumptions and steps, and result values.</summary>
public sealed class CalculationBuilder(string calculator)
{
    private readonly Dictionary<string, string> _inputs = [];
    private readonly List<LocalizedText> _assumptions = [];
    private readonly List<CalculationStep> _steps = [];
    private readonly Dictionary<string, double> _result = [];

    public CalculationBuilder Input(string name, string value)
    {
        _inputs[name] = value;
        return this;
    }

    public CalculationBuilder Input(string name, double value) => Input(name, Numbers.Plain(value));

    public CalculationBuilder Assume(string en, string zh)
    {
        _assumptions.Add(new LocalizedText(zh, en));
        return this;
    }

    /// <summary>A step whose formula is written the same in both languages ("r × N", "2sbh").</summary>
    public CalculationBuilder Step(string en, string zh, string formula, string substitution, Quantity outcome) =>
        Step(en, zh, formula, formula, substitution, outcome);

    public CalculationBuilder Step(string en, string zh, string formulaEn, string formulaZh, string substitution, Quantity outcome) =>
        Step(en, zh, formulaEn, formulaZh, new LocalizedText(substitution, substitution), outcome);

    /// <summary>A step whose substitution carries a note in words, e.g. what a weight format stores.</summary>
    public CalculationBuilder Step(string en, string zh, string formulaEn, string formulaZh, LocalizedText substitution, Quantity outcome)
    {
        _steps.Add(new CalculationStep(new LocalizedText(zh, en), new LocalizedText(formulaZh, formulaEn), substitution, outcome));
        return this;
    }

    public CalculationBuilder Value(string key, double value)
    {
        _result[key] = value;
        return this;
    }

    public CalculationResult Build(string headlineKey, QuantityUnit unit) =>
        new(calculator, _inputs, _assumptions, _result, _steps)
        {
            Headline = new CalculationHeadline(headlineKey, new Quantity(_result[headlineKey], unit)),
        };
}
