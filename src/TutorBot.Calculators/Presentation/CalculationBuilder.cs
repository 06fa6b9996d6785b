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

    public CalculationBuilder Input(string name, double value) => Input(name, Figures.Plain(value));

    public CalculationBuilder Assume(string en, string zh)
    {
        _assumptions.Add(new LocalizedText(zh, en));
        return this;
    }

    public CalculationBuilder Step(string en, string zh, string formula, string substitution, string outcome)
    {
        _steps.Add(new CalculationStep(new LocalizedText(zh, en), formula, substitution, outcome));
        return this;
    }

    public CalculationBuilder Value(string key, double value)
    {
        _result[key] = value;
        return this;
    }

    public CalculationResult Build(string headlineKey, string unit) =>
        new(calculator, _inputs, _assumptions.Select(a => a.En).ToList(), _result, _steps.Select(s => s.Render(Language.En)).ToList())
        {
            Headline = new CalculationHeadline(headlineKey, _result[headlineKey], unit),
            AssumptionTexts = _assumptions,
            StepDetails = _steps,
        };
}
