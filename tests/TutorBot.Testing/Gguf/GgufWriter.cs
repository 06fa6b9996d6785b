using System.Text;

namespace TutorBot.Testing.Gguf;

/// <summary>Writes a GGUF v3 file: metadata key/values, then tensor descriptors, then aligned F32 tensor data.</summary>
public sealed class GgufWriter
{
    private const int Alignment = 32;

    private readonly List<(string Key, Action<BinaryWriter> WriteValue)> _metadata = [];
    private readonly List<(string Name, long[] Shape, Func<int, float> Value)> _tensors = [];

    public GgufWriter String(string key, string value) => Add(key, w => { w.Write((uint)GgufType.String); WriteString(w, value); });

    public GgufWriter UInt32(string key, uint value) => Add(key, w => { w.Write((uint)GgufType.UInt32); w.Write(value); });

    public GgufWriter Float32(string key, float value) => Add(key, w => { w.Write((uint)GgufType.Float32); w.Write(value); });

    public GgufWriter Strings(string key, IReadOnlyList<string> values) => Add(key, w =>
    {
        WriteArrayHeader(w, GgufType.String, values.Count);
        foreach (var value in values)
        {
            WriteString(w, value);
        }
    });

    public GgufWriter Float32s(string key, IReadOnlyList<float> values) => Add(key, w =>
    {
        WriteArrayHeader(w, GgufType.Float32, values.Count);
        foreach (var value in values)
        {
            w.Write(value);
        }
    });

    public GgufWriter Int32s(string key, IReadOnlyList<int> values) => Add(key, w =>
    {
        WriteArrayHeader(w, GgufType.Int32, values.Count);
        foreach (var value in values)
        {
            w.Write(value);
        }
    });

    /// <summary>A tensor of F32 values; shape is in GGUF order (the fastest-varying dimension first).</summary>
    public GgufWriter Tensor(string name, long[] shape, Func<int, float> value)
    {
        _tensors.Add((name, shape, value));
        return this;
    }

    public void WriteTo(string path)
    {
        using var stream = new BufferedStream(File.Create(path), 1 << 20);
        using var writer = new BinaryWriter(stream, Encoding.UTF8);
        writer.Write("GGUF"u8);
        writer.Write(3u);
        writer.Write((ulong)_tensors.Count);
        writer.Write((ulong)_metadata.Count);
        foreach (var (key, writeValue) in _metadata)
        {
            WriteString(writer, key);
            writeValue(writer);
        }

        ulong offset = 0;
        foreach (var (name, shape, _) in _tensors)
        {
            WriteString(writer, name);
            writer.Write((uint)shape.Length);
            foreach (var dimension in shape)
            {
                writer.Write((ulong)dimension);
            }

            writer.Write(0u); // GGML_TYPE_F32
            writer.Write(offset);
            offset += Align((ulong)(Elements(shape) * sizeof(float)));
        }

        Pad(writer);
        foreach (var (_, shape, value) in _tensors)
        {
            var count = Elements(shape);
            for (var i = 0; i < count; i++)
            {
                writer.Write(value(i));
            }

            Pad(writer);
        }
    }

    private GgufWriter Add(string key, Action<BinaryWriter> writeValue)
    {
        _metadata.Add((key, writeValue));
        return this;
    }

    private static long Elements(long[] shape) => shape.Aggregate(1L, (a, b) => a * b);

    private static ulong Align(ulong size) => (size + Alignment - 1) / Alignment * Alignment;

    private static void Pad(BinaryWriter writer)
    {
        writer.Flush();
        while (writer.BaseStream.Position % Alignment != 0)
        {
            writer.Write((byte)0);
        }
    }

    private static void WriteArrayHeader(BinaryWriter writer, GgufType elementType, int count)
    {
        writer.Write((uint)GgufType.Array);
        writer.Write((uint)elementType);
        writer.Write((ulong)count);
    }

    private static void WriteString(BinaryWriter writer, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        writer.Write((ulong)bytes.Length);
        writer.Write(bytes);
    }
}
