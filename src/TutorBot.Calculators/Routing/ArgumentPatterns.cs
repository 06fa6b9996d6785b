using System.Text.RegularExpressions;

namespace TutorBot.Calculators.Routing;

/// <summary>
/// How questions state each argument, in English and Chinese, tried in order on folded text. A match consumes its text,
/// so "300B tokens" is not read again as a parameter count and "8 KV heads" not again as heads.
/// </summary>
public static class ArgumentPatterns
{
    private const string Is = @"\s*(?:=|:|of|is|to|为|是|取|设为)?\s*(?:约|大约|about|around|roughly|~|≈)?\s*";
    private const string Number = @"\d+(?:\.\d+)?";
    private const string Integer = @"\d{1,3}(?:,\d{3})+(?!\d)|\d+";
    private const string Amount = @"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?";
    private const string Power = @"\d+(?:\.\d+)?\s*(?:e\s*\d+|x\s*10\s*\^?\s*\d+)";
    private const string Percent = @"\d+(?:\.\d+)?\s*%|0?\.\d+";

    public static readonly IReadOnlyList<ArgumentPattern> All =
    [
        // Rates and sizes that name their unit, read before anything takes their digits.
        new("bandwidth", R($@"(?<v>{Number}\s*(?:tb|gb)\s*(?:/\s*s|ps|/秒))")),
        new("tokens-per-second", R($@"(?<v>{Amount}\s*k?)\s*(?:个\s*)?(?:tokens?\s*/\s*(?:s|sec|秒)\b|tokens?\s*/\s*秒|tokens? per second|tok/s)"), Calculators: ["mfu"]),
        new("tokens-per-second", R($@"每秒\s*(?:处理|训练)?\s*(?<v>{Amount}\s*k?)\s*(?:个\s*)?tokens?"), Calculators: ["mfu"]),
        new("size", R($@"(?<v>{Number}\s*(?:[gmt]i?b))(?!\s*/)"), Calculators: ["allreduce"]),
        new("window", R($@"(?:sliding[\s-]*window|滑动窗口|window)(?:\s*(?:size|大小|长度))?{Is}(?<v>{Number}\s*k?)")),
        new("window", R($@"(?<v>{Number}\s*k?)[\s-]*(?:token\s*)?(?:sliding[\s-]*window|滑动窗口)")),

        // Pipeline bubble: p stages, m micro-batches, v interleaved chunks.
        new("stages", R(@"(?<v>\d+)[\s-]*(?:个)?\s*(?:pipeline\s*|流水线\s*)?(?:stages?|阶段|级)")),
        new("stages", R($@"(?:\bp|pipeline[\s-]*(?:parallel(?:ism)?)?\s*(?:degree|size)|流水线(?:并行)?(?:度|阶段数|级数)){Is}(?<v>\d+)")),
        new("micro-batches", R(@"(?<v>\d+)\s*(?:个)?\s*(?:micro[\s_-]*batches|微批(?:次)?)")),
        new("micro-batches", R($@"(?:micro[\s_-]*batches|\bm|微批(?:次)?(?:数|数量)?){Is}(?<v>\d+)")),
        new("interleave", R(@"(?<v>\d+)\s*(?:个)?\s*(?:virtual (?:pipeline )?stages|model chunks|chunks|虚拟(?:流水线)?阶段|模型块)")),
        new("interleave", R(@"(?:interleav\w*|交错)[^\d]{0,24}(?<v>\d+)")),
        new("interleave", R(@"\bv\s*=\s*(?<v>\d+)")),

        // Chinchilla: a compute budget in FLOPs, tokens per parameter.
        new("compute", R($@"(?<v>{Power})\s*(?:flops?|次浮点)")),
        new("compute", R($@"(?:compute|budget|算力预算|计算预算|计算量){Is}(?<v>{Power})")),
        new("tokens-per-param", R(@"(?<v>\d+)\s*(?:个\s*)?(?:tokens? (?:per|for each|each) param(?:eter)?|tokens?\s*/\s*param(?:eter)?|tokens?\s*/\s*参数)")),
        new("tokens-per-param", R(@"每个参数\s*(?:约|大约)?\s*(?<v>\d+)\s*(?:个)?\s*tokens?")),

        // MoE: experts per token before experts per layer.
        new("top-k", R(@"top[\s-]*(?<v>\d+)")),
        new("top-k", R(@"(?:激活|路由到|routed to|activates?|uses)\s*(?<v>\d+)\s*(?:个)?\s*(?:experts|专家)")),
        new("top-k", R(@"(?<v>\d+)\s*(?:个)?\s*(?:active experts|激活专家)")),
        new("experts", R(@"(?<v>\d+)\s*(?:个)?\s*(?:routed\s*)?(?:experts|专家)")),

        // Speculative decoding: acceptance rate α and draft length γ.
        new("acceptance", R($@"(?:acceptance(?:\s*rate)?|接受率|α|alpha){Is}(?<v>{Percent})")),
        new("acceptance", R($@"(?<v>{Percent})\s*(?:的)?\s*(?:acceptance|接受率)")),
        new("draft-tokens", R($@"(?:γ|gamma|draft tokens|草稿\s*token\s*数|投机长度){Is}(?<v>\d+)")),
        new("draft-tokens", R(@"(?<v>\d+)\s*(?:个)?\s*(?:draft(?:ed)?\s*tokens|草稿\s*tokens?|候选\s*tokens?)")),
        new("draft-tokens", R(@"(?:drafts?|proposes?|guesses|提议|猜测|起草|生成)\s*(?<v>\d+)\s*(?:个)?\s*(?:draft\s*)?tokens?")),

        // Training data in tokens: a count with a B/T/M scale next to "tokens".
        new("tokens", R($@"(?<v>{Number}\s*(?:[bmt]|billion|trillion|million|亿|万亿))\s*(?:个\s*)?tokens?"), Calculators: ["training-time"]),
        new("tokens", R($@"(?:tokens?|数据量|训练数据|语料|token\s*数)[^\d]{{0,12}}(?<v>{Number}\s*(?:[bmt]|billion|trillion|million|亿|万亿))(?![a-z])"), Calculators: ["training-time"]),

        new("peak-tflops", R($@"(?<v>{Number})\s*tflops")),
        new("hfu", R($@"(?<v>{Number}\s*%)\s*(?:的\s*)?(?:hfu|hardware flops utili[sz]ation|硬件(?:算力)?利用率)(?:\s*\(hfu\))?")),
        new("hfu", R($@"(?:hfu|hardware flops utili[sz]ation|硬件(?:算力)?利用率)(?:\s*\(hfu\))?{Is}(?<v>{Number}\s*%|0?\.\d+)")),
        new("mfu", R($@"(?<v>{Number}\s*%)\s*(?:的\s*)?(?:mfu|model flops utili[sz]ation|利用率|算力利用率)")),
        new("mfu", R($@"(?:mfu|utili[sz]ation|利用率)(?:\s*\(mfu\))?{Is}(?<v>{Number}\s*%|0?\.\d+)")),
        new("overhead", R(@"(?:weights?|权重)\s*(?:\+|plus|and|加上?|和)\s*(?:the\s*)?kv"), "0"),
        new("overhead", R($@"(?<v>{Number}\s*%)\s*(?:的\s*)?(?:overhead|额外开销|开销|余量)")),
        new("overhead", R($@"(?:overhead|额外开销|开销|余量){Is}(?<v>{Number}\s*%|0?\.\d+)")),

        new("zero", R(@"zero[\s_-]*(?:stage[\s_-]*)?(?<v>\d)")),
        new("gpu", R(@"(?<v>a100|h100|h200)"), Consumes: false),

        // GPUs: "1000 A100s", "1000张A100", "64 x H100", "64 GPUs", "64 张卡".
        new("gpus", R($@"(?<v>{Integer})\s*(?:张|块|个|台|x)?\s*(?:nvidia\s*)?(?:a100|h100|h200)")),
        new("gpus", R($@"(?:a100|h100|h200)s?\s*(?:gpus?)?\s*x\s*(?<v>{Integer})")),
        new("gpus", R($@"(?<v>{Integer})\s*(?:张|块|个|台)?\s*(?:gpus?|显卡|卡)")),
        new("gpus", R($@"(?:data[\s-]parallel(?:ism)?|数据并行)\s*(?:over|across|degree|度|规模)?{Is}(?<v>\d+)")),
        new("gpus", R(@"(?<v>\d+)[\s-]*way data[\s-]parallel")),

        new("optimizer", R(@"8[\s-]*(?:bit|位)\s*adamw?|adamw?[\s-]*8[\s-]*bit"), "adam-8bit"),
        new("optimizer", R(@"sgd"), "sgd-momentum"),
        new("optimizer", R(@"(?:fp32|float32|全精度|单精度)\s*(?:\+\s*)?(?:adamw?|训练|training)|(?:adamw?|训练|training)\s*(?:in|with|用|使用)?\s*(?:fp32|float32|全精度|单精度)"), "adamw-fp32"),
        new("optimizer", R(@"adamw?|混合精度|mixed[\s-]precision"), "adamw-mixed"),
        new("tp", R($@"(?:\btp|tensor[\s-]*parallel(?:ism)?(?:\s*(?:degree|size))?|张量并行(?:度)?){Is}(?<v>\d+)")),
        new("tp", R(@"(?<v>\d+)[\s-]*way tensor[\s-]*parallel")),
        new("recompute", R(@"selective|选择性"), "selective"),
        new("recompute", R(@"no (?:activation )?recomput|without (?:activation )?recomput|不(?:做|使用|用|开启)\s*(?:激活)?重计算|无重计算"), "none"),
        new("recompute", R(@"full (?:activation )?recomput|activation checkpointing|gradient checkpointing|全量重计算|完全重计算|全部重计算|全重计算|重计算"), "full"),
        new("sequence-parallel", R(@"sequence[\s-]*parallel|序列并行"), "yes"),

        new("micro-batch", R($@"micro[\s_-]*batch(?:[\s_-]*size)?{Is}(?<v>\d+)")),
        new("micro-batch", R($@"微批(?:次|量)?(?:大小)?{Is}(?<v>\d+)")),
        new("batch", R($@"batch(?:[\s_-]*size)?{Is}(?<v>\d+)")),
        new("batch", R($@"(?:批大小|批量大小|批次大小|批量|批次|并发数?){Is}(?<v>\d+)")),
        new("batch", R(@"(?<v>\d+)\s*(?:个|条)?\s*(?:concurrent )?(?:sequences|requests|并发|条序列|个序列|个请求)")),

        new("kv-heads", R(@"\bmqa\b|multi[\s-]query attention"), "1"),
        new("kv-heads", R(@"(?<v>\d+)\s*(?:个)?\s*(?:kv|key[/-]value)[\s_-]*(?:heads?|头)")),
        new("kv-heads", R($@"(?:kv[\s_-]*heads?|n_kv_heads|num_key_value_heads|kv\s*头数?|key[/-]value heads){Is}(?<v>\d+)")),
        new("kv-heads", R(@"(?<v>\d+)\s*(?:个)?\s*(?:kv\s*)?(?:groups|组)")),
        new("head-dim", R($@"(?:head[\s_-]*dim(?:ension)?|head size|d_head|d_k|每个头的维度|头维度|单头维度){Is}(?<v>\d+)")),
        new("heads", R(@"(?<v>\d+)\s*(?:个)?\s*(?:attention\s*|query\s*|注意力|查询)?(?:heads|head|头)")),
        new("heads", R($@"(?:heads|n_heads|num_heads|num_attention_heads|注意力头数|头数){Is}(?<v>\d+)")),
        new("layers", R(@"(?<v>\d+)\s*(?:个)?\s*(?:transformer\s*|decoder\s*)?(?:layers|layer|层)")),
        new("layers", R($@"(?:layers|n_layers|num_layers|num_hidden_layers|层数){Is}(?<v>\d+)")),
        new("intermediate", R($@"(?:intermediate(?:[\s_-]size)?|ffn(?:[\s_-](?:dim(?:ension)?|size|hidden))?|mlp(?:[\s_-](?:dim|size))?|d_ff|中间维度|中间层维度|ffn\s*维度|前馈(?:层)?维度){Is}(?<v>\d+)")),
        new("vocab", R($@"(?:vocab(?:ulary)?(?:[\s_-]size)?|词表(?:大小)?|词汇表(?:大小)?){Is}(?<v>{Number}\s*k?)")),
        new("vocab", R($@"(?<v>{Integer})[\s-]*(?:token\s*)?vocab")),
        new("hidden", R($@"(?:hidden(?:[\s_-]*(?:size|dim(?:ension)?|state))?|d_model|dmodel|\bd|隐藏(?:层)?(?:维度|大小)|模型维度|hidden_size|维度){Is}(?<v>\d+)")),
        new("hidden", R(@"(?<v>\d+)\s*(?:维|-dim(?:ensional)?\s*hidden)")),
        new("rank", R($@"(?:rank|秩|\br){Is}(?<v>\d+)")),

        new("context", R($@"(?:context(?:[\s_-]*(?:length|window))?|seq(?:uence)?[\s_-]*len(?:gth)?|seq|序列长度|上下文(?:长度)?|n_ctx|max[\s_-]*len(?:gth)?|长度){Is}(?<v>{Number}\s*k?)")),
        new("context", R($@"(?<v>{Number}\s*k?)\s*(?:-token|个?\s*tokens?|token)")),
        new("context", R($@"(?<v>{Number}\s*k)\s*(?:context|上下文)")),

        new("dtype", R(@"(?<![a-z0-9])(?<v>fp32|fp16|bf16|fp8|int8|int4|float16|float32|bfloat16|nf4|q\d_k_[sm]|q\d_k|q\d_[01])(?![a-z0-9])")),
        new("dtype", R(@"半精度"), "fp16"),
        new("dtype", R(@"4[\s-]*(?:bit|位)"), "int4"),
        new("dtype", R(@"8[\s-]*(?:bit|位)"), "int8"),

        new("params", R($@"(?<v>{Number}\s*(?:b|billion|m|million|t|trillion|亿|万亿))(?![a-z])(?!\s*(?:tokens?|bytes|byte))")),
        new("params", R($@"(?:params|parameters|参数量|参数){Is}(?<v>{Number}(?:e\d+)?)")),
    ];

    private static Regex R(string pattern) => new(pattern, RegexOptions.CultureInvariant);
}
