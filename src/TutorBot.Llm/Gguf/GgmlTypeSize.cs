namespace TutorBot.Llm.Gguf;

/// <summary>Bytes per block and elements per block of the common ggml tensor types.</summary>
internal static class GgmlTypeSize
{
    private static readonly Dictionary<uint, (int BlockElements, int BlockBytes)> Sizes = new()
    {
        [0] = (1, 4),       // F32
        [1] = (1, 2),       // F16
        [2] = (32, 18),     // Q4_0
        [3] = (32, 20),     // Q4_1
        [6] = (32, 22),     // Q5_0
        [7] = (32, 24),     // Q5_1
        [8] = (32, 34),     // Q8_0
        [10] = (256, 84),   // Q2_K
        [11] = (256, 110),  // Q3_K
        [12] = (256, 144),  // Q4_K
        [13] = (256, 176),  // Q5_K
        [14] = (256, 210),  // Q6_K
        [30] = (1, 2),      // BF16
    };

    /// <summary>The tensor's data size, or null for a type not listed here.</summary>
    public static long? BytesOf(GgufTensorInfo tensor) =>
        Sizes.TryGetValue(tensor.Type, out var size) ? tensor.Elements / size.BlockElements * size.BlockBytes : null;
}
