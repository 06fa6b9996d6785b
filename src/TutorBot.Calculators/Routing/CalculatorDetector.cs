using System.Text.RegularExpressions;

namespace TutorBot.Calculators.Routing;

/// <summary>Decides which calculator a folded question asks for, by its wording; null when it asks for none.</summary>
public static partial class CalculatorDetector
{
    public static string? Detect(string folded)
    {
        if (Speculative().IsMatch(folded))
        {
            return "speculative-decoding";
        }

        if (Bubble().IsMatch(folded))
        {
            return "pipeline-bubble";
        }

        if (AllReduce().IsMatch(folded))
        {
            return "allreduce";
        }

        if (Chinchilla().IsMatch(folded))
        {
            return "chinchilla";
        }

        if (Moe().IsMatch(folded))
        {
            return "moe-memory";
        }

        // A measured throughput with MFU asks for the utilisation; MFU alone is an input to a training-time question.
        if (Mfu().IsMatch(folded) && Throughput().IsMatch(folded) && !Duration().IsMatch(folded))
        {
            return "mfu";
        }

        if (Roofline().IsMatch(folded))
        {
            return "decode-roofline";
        }

        // "QLoRA: how big are the 4-bit weights?" is a size question, not a LoRA count.
        if (Lora().IsMatch(folded) && LoraCount().IsMatch(folded))
        {
            return "lora-params";
        }

        var memory = Memory().IsMatch(folded);
        if (KvCache().IsMatch(folded) && !TotalMemory().IsMatch(folded))
        {
            return "kv-cache";
        }

        if (Duration().IsMatch(folded) || (TrainingTokens().IsMatch(folded) && Gpu().IsMatch(folded) && !memory))
        {
            return "training-time";
        }

        if (Training().IsMatch(folded) && memory)
        {
            return "training-memory";
        }

        var weightsOnly = Weights().IsMatch(folded) && !Serving().IsMatch(folded) && !Training().IsMatch(folded) && !Sequence().IsMatch(folded);
        if (WeightsAlone().IsMatch(folded) || weightsOnly || (Quantized().IsMatch(folded) && Size().IsMatch(folded) && !Serving().IsMatch(folded)))
        {
            return "quantized-size";
        }

        if (ParameterCount().IsMatch(folded))
        {
            return "param-count";
        }

        if (memory || (Serving().IsMatch(folded) && Size().IsMatch(folded)))
        {
            return "inference-memory";
        }

        return null;
    }

    [GeneratedRegex(@"speculative|投机解码|投机采样|推测解码|草稿模型|draft model|接受率|acceptance rate")]
    private static partial Regex Speculative();

    [GeneratedRegex(@"bubble|气泡")]
    private static partial Regex Bubble();

    [GeneratedRegex(@"all[\s-]?reduce|全归约|环形归约")]
    private static partial Regex AllReduce();

    [GeneratedRegex(@"chinchilla|compute[\s-]optimal|计算最优|算力最优")]
    private static partial Regex Chinchilla();

    [GeneratedRegex(@"\bmoe\b|mixture[\s-]of[\s-]experts|混合专家|mixtral|\d+\s*(?:个)?\s*(?:routed\s*)?(?:experts|专家)")]
    private static partial Regex Moe();

    [GeneratedRegex(@"\bmfu\b|model flops utili[sz]ation|模型算力利用率")]
    private static partial Regex Mfu();

    [GeneratedRegex(@"tokens?\s*/\s*(?:s|sec|秒)|tokens? per second|tok/s|吞吐|throughput|每秒")]
    private static partial Regex Throughput();

    [GeneratedRegex(@"roofline|屋顶线|屋脊|arithmetic intensity|算术强度|decod\w* speed|解码速度|decode throughput|tokens?\s*/\s*s|tokens? per second|每秒.{0,8}token|flops per token|每个\s*token\s*的?\s*(?:flops|计算量|浮点)")]
    private static partial Regex Roofline();

    [GeneratedRegex(@"lora|低秩适配")]
    private static partial Regex Lora();

    [GeneratedRegex(@"trainable|可训练|参数|param|rank|秩|\br\s*=|adapter|适配器")]
    private static partial Regex LoraCount();

    [GeneratedRegex(@"weights?\b|权重")]
    private static partial Regex Weights();

    [GeneratedRegex(@"context|seq|tokens?\b|batch|序列|上下文|批")]
    private static partial Regex Sequence();

    [GeneratedRegex(@"kv[\s_-]*cache|kv\s*缓存|key[/-]value cache|kv_cache")]
    private static partial Regex KvCache();

    [GeneratedRegex(@"total|inference memory|serving memory|推理显存|总显存|显存需求|推理.{0,12}显存|weights?\s*(plus|and|\+)|权重.{0,6}(加|和|\+)")]
    private static partial Regex TotalMemory();

    [GeneratedRegex(@"memory|vram|显存|内存|\d\s*gi?b\b|per[\s-]gpu|每张卡|每卡|每块")]
    private static partial Regex Memory();

    [GeneratedRegex(@"how long|how many (days|months|hours|gpu[\s-]hours)|training time|time to train|wall[\s-]clock|训练时间|多久|多少天|多长时间|几天|多少个月|耗时|需要.{0,6}(天|时间)")]
    private static partial Regex Duration();

    [GeneratedRegex(@"\d\s*[bmt]\s*tokens?|\d\s*(billion|trillion)\s*tokens?|tokens?\s*[:=]?\s*\d+(\.\d+)?\s*[bmt]\b")]
    private static partial Regex TrainingTokens();

    [GeneratedRegex(@"a100|h100|h200|gpus?\b|卡|tflops")]
    private static partial Regex Gpu();

    [GeneratedRegex(@"train|fine[\s-]?tun|zero|optimizer|adam|sgd|训练|微调|优化器|全参")]
    private static partial Regex Training();

    [GeneratedRegex(@"quantiz|量化|gguf|q\d_k|q\d_\d|int4|int8|4[\s-]?bit|8[\s-]?bit|fp16|bf16|fp32|半精度")]
    private static partial Regex Quantized();

    [GeneratedRegex(@"size|file|how (big|large)|how much (disk|space|storage)|多大|大小|文件|体积|磁盘|占多少|占用多少|weights? (take|occupy|need)|weights? alone|(only|just) the weights|weights only|权重")]
    private static partial Regex Size();

    [GeneratedRegex(@"weights? alone|(only|just) the weights|weights only|仅.{0,4}权重|只.{0,4}权重|权重本身")]
    private static partial Regex WeightsAlone();

    [GeneratedRegex(@"infer|serv|deploy|推理|部署|服务|生成|decode|解码|kv")]
    private static partial Regex Serving();

    [GeneratedRegex(@"how many param|parameter count|number of param|param count|参数量|多少参数|多少个参数|参数个数|参数总量")]
    private static partial Regex ParameterCount();
}
