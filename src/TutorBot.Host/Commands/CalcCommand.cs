using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TutorBot.Core.Bank;
using TutorBot.Core.Calculations;
using TutorBot.Host.Cli;
using TutorBot.Host.Hosting;

namespace TutorBot.Host.Commands;

public static class CalcCommand
{
    /// <summary>Every argument any calculator takes; each calculator rejects the ones it does not know.</summary>
    private static readonly string[] ArgumentNames =
    [
        "model", "params", "layers", "heads", "kv-heads", "head-dim", "hidden", "intermediate", "vocab", "context", "batch",
        "dtype", "format", "overhead", "tokens", "gpus", "gpu", "peak-tflops", "mfu", "zero", "optimizer", "rank", "targets",
        "seq", "micro-batch", "recompute", "tp", "sequence-parallel", "architecture",
    ];

    public static Command Create()
    {
        var name = new Argument<string?>("NAME")
        {
            Description = "kv-cache, inference-memory, training-memory, training-time, lora-params, param-count or quantized-size",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var text = new Option<string?>("--text") { Description = "A numeric question in Chinese or English, routed to a calculator" };
        var json = new Option<bool>("--json") { Description = "Print {calculator, inputs, assumptions, result, steps} as JSON" };
        var language = new Option<string?>("--lang") { Description = "Language of the working: en (default) or zh; --text follows the question" };
        var options = ArgumentNames.ToDictionary(
            n => n,
            n => new Option<string?>("--" + n) { Description = $"{n} (quantities as written: 7B, 4k, fp16, 30%)", Arity = ArgumentArity.ZeroOrOne });

        var command = new Command("calc", "Exact numbers for memory, KV cache, training time, LoRA and parameter counts, with the working shown.")
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

            using var host = TutorHost.CreateBuilder(parseResult).Build();
            var service = host.Services.GetRequiredService<ICalculatorService>();
            try
            {
                var arguments = new Dictionary<string, string>();
                foreach (var (argument, option) in options)
                {
                    if (parseResult.GetResult(option) is not null)
                    {
                        arguments[argument] = parseResult.GetValue(option)
                            ?? throw new CalculationException(argument, $"{argument}: needs a value");
                    }
                }

                var lang = Language(parseResult.GetValue(language), question);
                if (question is not null)
                {
                    return RunQuestion(service, question, arguments, parseResult.GetValue(json), lang);
                }

                Print(service.Run(calculator!, arguments), parseResult.GetValue(json), lang);
                return ExitCodes.Ok;
            }
            catch (CalculationException e)
            {
                return Fail(e.Message);
            }
        });
        return command;
    }

    private static int RunQuestion(ICalculatorService service, string question, Dictionary<string, string> overrides, bool json, Language language)
    {
        var route = service.Route(question);
        if (route is null)
        {
            return Fail("text: not a question the calculators answer (memory, KV cache, training time, LoRA, parameter count, quantized size)");
        }

        var arguments = new Dictionary<string, string>(route.Arguments);
        foreach (var (argument, value) in overrides)
        {
            arguments[argument] = value;
        }

        var missing = route.Missing.Where(m => !arguments.ContainsKey(m)).ToList();
        if (missing.Count > 0)
        {
            return Fail($"{missing[0]}: the question does not say {string.Join(", ", missing)} for {route.Calculator}; add --{missing[0]} VALUE (routed: {CalcText.Route(route)})");
        }

        if (!json)
        {
            Console.WriteLine((language == Core.Bank.Language.Zh ? "识别为：" : "Routed to: ") + CalcText.Route(route with { Arguments = arguments }));
        }

        Print(service.Run(route.Calculator, arguments), json, language);
        return ExitCodes.Ok;
    }

    private static void Print(CalculationResult result, bool json, Language language) =>
        Console.WriteLine(json ? JsonSerializer.Serialize(CalcJson.From(result), CliJson.Options) : CalcText.Render(result, language));

    private static Language Language(string? requested, string? question) => requested?.ToLowerInvariant() switch
    {
        null or "" => question is null ? Core.Bank.Language.En : LanguageDetector.Detect(question),
        "zh" => Core.Bank.Language.Zh,
        "en" => Core.Bank.Language.En,
        _ => throw new CalculationException("lang", $"lang: '{requested}' is not en or zh"),
    };

    private static int Fail(string message)
    {
        Console.Error.WriteLine("error: " + message);
        return ExitCodes.BadArguments;
    }
}
