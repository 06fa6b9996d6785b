namespace TutorBot.Testing.Gguf;

/// <summary>GGUF metadata value types (the subset the fixture writes).</summary>
internal enum GgufType : uint
{
    Int32 = 5,
    UInt32 = 4,
    Float32 = 6,
    String = 8,
    Array = 9,
}
