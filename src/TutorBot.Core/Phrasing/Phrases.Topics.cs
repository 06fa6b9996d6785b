using TutorBot.Core.Bank;

namespace TutorBot.Core.Phrasing;

/// <summary>The bank's topics as a reader of each language knows them.</summary>
public static partial class Phrases
{
    /// <summary>The topic as the user reads it: "量化 (quantization)" in Chinese where the topic has a Chinese name, else the topic itself.</summary>
    public static string Topic(Language l, string topic) =>
        l == Language.Zh && ChineseTopicNames.TryGetValue(topic, out var name) ? $"{name} ({topic})" : topic;

    private static readonly Dictionary<string, string> ChineseTopicNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["agents"] = "智能体",
        ["alignment"] = "对齐",
        ["calculations"] = "估算与计算",
        ["distributed-training"] = "分布式训练",
        ["efficient-architectures"] = "高效架构",
        ["evaluation"] = "评测",
        ["inference"] = "推理部署",
        ["model-families"] = "模型家族",
        ["moe"] = "混合专家",
        ["multimodal"] = "多模态",
        ["norms-activations"] = "归一化与激活函数",
        ["peft-sft"] = "参数高效微调与监督微调",
        ["positions"] = "位置编码",
        ["practice"] = "工程实践",
        ["pretraining"] = "预训练",
        ["prompting"] = "提示工程",
        ["quantization"] = "量化",
        ["rag"] = "检索增强生成",
        ["safety"] = "安全",
        ["tokenization"] = "分词",
        ["transformer"] = "Transformer 架构",
    };
}
