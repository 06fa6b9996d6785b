using TutorBot.Calculators.Arguments;
using TutorBot.Calculators.Presentation;
using TutorBot.Calculators.Presets;
using TutorBot.Core.Calculations;
using TutorBot.Core.Phrasing;

namespace TutorBot.Calculators.Architecture;

/// <summary>Reads a model's shape from explicit arguments, falling back to the --model preset, and records what it used.</summary>
public sealed class ShapeReader
{
    private readonly CalculatorArguments _arguments;
    private readonly CalculationBuilder _builder;

    /// <param name="fallback">A shape to use when neither --model nor the argument gives one (stated by the caller).</param>
    public ShapeReader(CalculatorArguments arguments, CalculationBuilder builder, ModelPreset? fallback = null)
    {
        _arguments = arguments;
        _builder = builder;
        var preset = arguments.Model();
        if (preset is not null)
        {
            builder.Input("model", preset.Name);
        }

        Preset = preset ?? fallback;
    }

    public ModelPreset? Preset { get; }

    public int Layers() => Record("layers", _arguments.Integer("layers") ?? Preset?.Shape.Layers)
        ?? _arguments.Missing("layers", "give --layers or --model", 1);

    public int? Hidden() => Record("hidden", _arguments.Integer("hidden") ?? Preset?.Shape.Hidden);

    public int RequiredHidden() => Hidden() ?? _arguments.Missing("hidden", "give --hidden or --model", 64);

    public int? Intermediate() => Record("intermediate", _arguments.Integer("intermediate") ?? Preset?.Shape.Intermediate);

    public int? Vocab() => Record("vocab", _arguments.Integer("vocab") ?? Preset?.Shape.Vocab);

    public AttentionShape Attention()
    {
        var hidden = _arguments.Integer("hidden") ?? Preset?.Shape.Hidden;
        var headsGiven = _arguments.Integer("heads");
        var heads = headsGiven ?? Preset?.Shape.Heads;
        var headDim = _arguments.Integer("head-dim");
        var kvHeads = _arguments.Integer("kv-heads") ?? (headsGiven is null ? Preset?.Shape.KvHeads : null) ?? heads;

        if (heads is null && _arguments.Has("kv-heads"))
        {
            heads = _arguments.Missing("heads", "needed with --kv-heads", kvHeads);
        }

        if (heads is null)
        {
            hidden ??= _arguments.Missing("hidden", "give --hidden (or --heads and --head-dim), or --model", 64);
            Record("hidden", hidden);
            _builder.Assume(
                "no head count given: multi-head attention, so K and V are each hidden wide",
                "未给出注意力头数：按多头注意力（MHA）计算，K 和 V 的宽度各等于隐藏维度");
            return new AttentionShape(null, null, null, hidden.Value, hidden.Value);
        }

        if (headDim is null)
        {
            hidden ??= _arguments.Missing("hidden", "give --hidden or --head-dim", heads.Value * 64);
            if (hidden.Value % heads.Value != 0)
            {
                throw CalculationException.For("heads", l => Phrases.HeadsDoNotDivideHidden(l, heads.Value, hidden.Value, headDimHelps: true));
            }

            headDim = hidden.Value / heads.Value;
        }

        if (kvHeads!.Value > heads.Value || heads.Value % kvHeads.Value != 0)
        {
            throw CalculationException.For("kv-heads", l => Phrases.KvHeadsMustDivideHeads(l, kvHeads.Value, heads.Value));
        }

        Record("hidden", hidden);
        Record("heads", heads);
        Record("kv-heads", kvHeads);
        Record("head-dim", headDim);
        if (kvHeads < heads)
        {
            _builder.Assume(
                $"{(kvHeads == 1 ? "MQA" : "GQA")}: {kvHeads} KV heads shared by {heads} query heads",
                $"{(kvHeads == 1 ? "MQA" : "GQA")}：{heads} 个查询头共享 {kvHeads} 个 KV 头");
        }

        return new AttentionShape(heads, kvHeads, headDim, (long)heads.Value * headDim.Value, (long)kvHeads.Value * headDim.Value);
    }

    private int? Record(string name, int? value)
    {
        if (value is not null)
        {
            _builder.Input(name, value.Value);
        }

        return value;
    }
}
