namespace TutorBot.Calculators.Presets;

public static class OptimizerProfiles
{
    public static readonly IReadOnlyList<OptimizerProfile> All =
    [
        new("adamw-mixed", 2, 2, 12,
            "mixed-precision AdamW: fp16 weights (2) + fp16 gradients (2) + fp32 master weights, momentum and variance (12) = 16 bytes/param",
            "混合精度 AdamW：fp16 权重 (2) + fp16 梯度 (2) + fp32 主权重、一阶矩、二阶矩 (12) = 每参数 16 字节"),
        new("adamw-fp32", 4, 4, 8,
            "fp32 AdamW: fp32 weights (4) + fp32 gradients (4) + momentum and variance (8) = 16 bytes/param",
            "fp32 AdamW：fp32 权重 (4) + fp32 梯度 (4) + 一阶矩和二阶矩 (8) = 每参数 16 字节"),
        new("adam-8bit", 2, 2, 6,
            "8-bit Adam, mixed precision: fp16 weights (2) + fp16 gradients (2) + fp32 master weights (4) + 8-bit momentum and variance (2) = 10 bytes/param",
            "8 位 Adam（混合精度）：fp16 权重 (2) + fp16 梯度 (2) + fp32 主权重 (4) + 8 位一阶矩和二阶矩 (2) = 每参数 10 字节"),
        new("sgd-momentum", 2, 2, 8,
            "SGD with momentum, mixed precision: fp16 weights (2) + fp16 gradients (2) + fp32 master weights and momentum (8) = 12 bytes/param",
            "带动量的 SGD（混合精度）：fp16 权重 (2) + fp16 梯度 (2) + fp32 主权重和动量 (8) = 每参数 12 字节"),
    ];

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["adamw"] = "adamw-mixed",
        ["adam"] = "adamw-mixed",
        ["mixed"] = "adamw-mixed",
        ["adammixed"] = "adamw-mixed",
        ["adamwfp16"] = "adamw-mixed",
        ["adamwbf16"] = "adamw-mixed",
        ["fp32"] = "adamw-fp32",
        ["adamfp32"] = "adamw-fp32",
        ["adam8bit"] = "adam-8bit",
        ["adamw8bit"] = "adam-8bit",
        ["8bitadam"] = "adam-8bit",
        ["8bitadamw"] = "adam-8bit",
        ["sgd"] = "sgd-momentum",
        ["sgdmomentum"] = "sgd-momentum",
        ["momentum"] = "sgd-momentum",
    };

    public static IEnumerable<string> Names => All.Select(o => o.Name);

    public static OptimizerProfile? Find(string text)
    {
        var key = text.Trim().ToLowerInvariant().Replace("-", "").Replace("_", "").Replace(" ", "");
        var name = Aliases.GetValueOrDefault(key) ?? All.FirstOrDefault(o => o.Name.Replace("-", "") == key)?.Name;
        return All.FirstOrDefault(o => o.Name == name);
    }
}
