using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TutorBot.Core.Bank;
using TutorBot.Core.Calculations;
using TutorBot.Core.Phrasing;
using TutorBot.Host.Cli;
using TutorBot.Host.Hosting;

namespace TutorBot.Host.Commands;

public static class CalcCommand
{
    /// <summary>Every argument any calculator takes, with its help text; each calculator rejects the ones it does not know.</summary>
    private static readonly (string Name, string Description)[] Arguments =
    [
        ("model", "Model preset: llama-2-7b/13b/70b, llama-3-8b/70b, mistral-7b (v0.1, window 4096), mixtral-8x7b, qwen2.5-7b, opt-13b, gpt-3-175b"),
        ("params", "Parameter count: 7B, 175e9, 70亿"),
        ("layers", "Transformer layers"),
        ("heads", "Query heads"),
        ("kv-heads", "Key/value heads (GQA/MQA)"),
        ("head-dim", "Size of one head (default hidden/heads)"),
        ("hidden", "Hidden size d_model"),
        ("intermediate", "MLP intermediate size"),
        ("vocab", "Vocabulary size"),
        ("context", "Tokens per sequence: 2048, 4k (k = 1024)"),
        ("batch", "Sequences in the batch (default 1)"),
        ("dtype", "Number format: fp32, fp16, bf16, fp8, int8, int4, q8_0, q4_k_m ..."),
        ("format", "Weight format (synonym of --dtype for inference-memory)"),
        ("overhead", "Extra fraction for activations and runtime (default 0.2)"),
        ("tokens", "Training tokens: 300B, 1.5T"),
        ("gpus", "Number of (data-parallel) GPUs"),
        ("gpu", "GPU preset: a100, h100, h200 (peak TFLOPS, memory and NVLink bandwidth)"),
        ("peak-tflops", "Peak TFLOPS per GPU instead of --gpu"),
        ("mfu", "Model FLOPs utilization: 0.3 or 30% (default 0.4)"),
        ("hfu", "Hardware FLOPs utilization instead of --mfu (counts recomputed FLOPs)"),
        ("zero", "ZeRO stage 0-3 (default 0)"),
        ("optimizer", "adamw-mixed (default), adamw-fp32, adam-8bit, sgd-momentum"),
        ("rank", "LoRA rank r"),
        ("targets", "LoRA targets: q,k,v,o,gate,up,down (default q,v)"),
        ("seq", "Sequence length for activations"),
        ("micro-batch", "Micro-batch size per GPU (default 1)"),
        ("recompute", "Activation recomputation: none, selective, full"),
        ("tp", "Tensor-parallel degree (default 1)"),
        ("sequence-parallel", "Sequence parallelism with --tp: yes or no"),
        ("architecture", "param-count block style: llama or gpt"),
        ("window", "Sliding-window size capping the KV cache (mistral-7b: 4096)"),
        ("bandwidth", "Bandwidth: memory (decode-roofline) or per-GPU link, one direction (allreduce): 3.35 TB/s, 450 GB/s"),
        ("tokens-per-second", "Measured training throughput of the whole cluster (mfu)"),
        ("size", "All-reduce buffer: 14 GB"),
        ("stages", "Pipeline stages p"),
        ("micro-batches", "Micro-batches per step m"),
        ("interleave", "Interleaved chunks per GPU v (default 1)"),
        ("compute", "Training FLOPs for chinchilla: 5.76e23"),
        ("tokens-per-param", "Chinchilla tokens per parameter (default 20)"),
        ("experts", "MoE experts per layer"),
        ("top-k", "MoE experts per token"),
        ("acceptance", "Speculative decoding acceptance rate α: 0.8"),
        ("draft-tokens", "Speculative decoding draft tokens γ per step"),
        ("draft-cost", "Draft step cost relative to a target step (optional)"),
    ];

    public static Command Create()
    {
        var name = new Argument<string?>("NAME")
        {
            Description = "kv-cache, inference-memory, training-memory, training-time, lora-params, param-count, quantized-size, decode-roofline, mfu, allreduce, pipeline-bubble, chinchilla, moe-memory or speculative-decoding",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var text = new Option<string?>("--text") { Description = "A numeric question in Chinese or English, routed to a calculator" };
        var json = new Option<bool>("--json") { Description = "Print {calculator, inputs, assumptions, result, steps} as JSON" };
        var language = new Option<string?>("--lang") { Description = "Language of the working: en (default) or zh; --text follows the question" };
        var options = Arguments.ToDictionary(
            a => a.Name,
            a => new Option<string?>("--" + a.Name) { Description = a.Description, Arity = ArgumentArity.ZeroOrOne });

        var command = new Command("calc", "Exact numbers for memory, KV cache, training time, LoRA and parameter counts, decode speed, MFU, communication, pipeline bubbles, compute-optimal sizes, MoE and speculative decoding, with the working shown.")
        {
            name, text, json, language,
        };
        foreach (var option in options.Values)
        {
            command.Options.Add(option);
        }

        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(parseResult =>
        {
            if (parseResult.UnmatchedTokens.Count > 0)
            {
                return Fail($"{parseResult.UnmatchedTokens[0].TrimStart('-')}: not a calc argument (see `tutorbot calc --help`)");
            }

            var question = parseResult.GetValue(text);
            var calculator = parseResult.GetValue(name);
            if ((question is null) == (calculator is null))
            {
                return Fail("NAME: give a calculator name or --text \"QUESTION\", not both or neither");
            }

            using var host = TutorHost.CreateBuilder(parseResult, HostParts.Calculators).Build();
            var service = host.Services.GetRequiredService<ICalculatorService>();
            var arguments = new Dictionary<string, string>();
            foreach (var (argument, option) in options)
            {
                if (parseResult.GetResult(option) is not null)
                {
                    if (parseResult.GetValue(option) is not { } value)
                    {
                        return Fail($"{argument}: needs a value");
                    }

                    arguments[argument] = value;
                }
            }

            if (ChooseLanguage(parseResult.GetValue(language), question) is not { } lang)
            {
                return Fail($"lang: '{parseResult.GetValue(language)}' is not en or zh");
            }

            var outcome = question is null
                ? service.Evaluate(calculator!, arguments)
                : new CalculationResolver(service).Resolve(question, arguments);
            return Report(outcome, parseResult.GetValue(json), lang);
        });
        return command;
    }

    private static int Report(CalculationOutcome outcome, bool json, Language language)
    {
        switch (outcome.Kind)
        {
            case CalculationOutcomeKind.NotNumeric:
                return Fail("text: not a question the calculators answer (memory, KV cache, training time, LoRA, parameter count, quantized size, decode speed, MFU, all-reduce, pipeline bubble, Chinchilla, MoE, speculative decoding)");
            case CalculationOutcomeKind.Incomplete:
                var missing = outcome.Missing[0];
                return outcome.Route is { } route
                    ? Fail($"{missing.Name}: the question does not say {string.Join(", ", outcome.Missing.Select(m => m.Name))} for {route.Calculator}; add --{missing.Name} VALUE (routed: {route.Calculator} {CalculationPresenter.Arguments(route.Arguments)})")
                    : Fail(missing.ToException().Message);
            case CalculationOutcomeKind.Rejected:
                return Fail(outcome.Problem!.Message.En);
        }

        var result = outcome.Result!;
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(CalcJson.From(result), CliJson.Options));
            return ExitCodes.Ok;
        }

        if (outcome.Route is { } routed)
        {
            Console.WriteLine(Phrases.RoutedTo(language, routed.Calculator, CalculationPresenter.Arguments(routed.Arguments)));
        }

        Console.WriteLine(CalculationPresenter.Render(result, language));
        return ExitCodes.Ok;
    }

    private static Language? ChooseLanguage(string? requested, string? question) => requested?.ToLowerInvariant() switch
    {
        null or "" => question is null ? Language.En : LanguageDetector.Detect(question),
        "zh" => Language.Zh,
        "en" => Language.En,
        _ => null,
    };

    private static int Fail(string message)
    {
        Console.Error.WriteLine("error: " + message);
        return ExitCodes.BadArguments;
    }
}
