using System.Text;

namespace TutorBot.Llm.Gguf;

/// <summary>
/// Reads a GGUF file's header, metadata and tensor descriptors without loading the weights, and checks that
/// the tensor data lies inside the file (so a truncated download is reported before llama.cpp sees it).
/// </summary>
public static class GgufReader
{
    private const uint Magic = 0x46554747; // "GGUF" little-endian
    private const int MaxStringBytes = 64 << 20;

    public static GgufMetadata Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new GgufFormatException($"model file not found: {path}");
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        try
        {
            return Read(path, stream, reader);
        }
        catch (EndOfStreamException)
        {
            throw new GgufFormatException($"{path} is truncated: the file ends inside its GGUF header ({stream.Length} bytes)");
        }
    }

    private static GgufMetadata Read(string path, FileStream stream, BinaryReader reader)
    {
        if (stream.Length < 4 || reader.ReadUInt32() != Magic)
        {
            throw new GgufFormatException($"{path} is not a GGUF model file (it does not start with 'GGUF')");
        }

        var version = reader.ReadUInt32();
        if (version is < 2 or > 3)
        {
            throw new GgufFormatException($"{path} uses GGUF version {version}; versions 2 and 3 are supported");
        }

        var tensorCount = reader.ReadUInt64();
        var metadataCount = reader.ReadUInt64();
        if (tensorCount > 1_000_000 || metadataCount > 1_000_000)
        {
            throw new GgufFormatException($"{path} has an implausible header ({tensorCount} tensors, {metadataCount} metadata keys)");
        }

        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        for (ulong i = 0; i < metadataCount; i++)
        {
            var key = ReadString(reader);
            values[key] = ReadValue(reader, (GgufValueType)reader.ReadUInt32());
        }

        var tensors = new List<GgufTensorInfo>((int)tensorCount);
        for (ulong i = 0; i < tensorCount; i++)
        {
            var name = ReadString(reader);
            var dimensions = reader.ReadUInt32();
            if (dimensions > 8)
            {
                throw new GgufFormatException($"{path}: tensor '{name}' has {dimensions} dimensions");
            }

            var shape = new long[dimensions];
            for (var d = 0; d < dimensions; d++)
            {
                shape[d] = (long)reader.ReadUInt64();
            }

            tensors.Add(new GgufTensorInfo(name, shape, reader.ReadUInt32(), reader.ReadUInt64()));
        }

        var alignment = values.TryGetValue("general.alignment", out var a) ? Convert.ToInt64(a) : 32L;
        var dataStart = (stream.Position + alignment - 1) / alignment * alignment;
        var dataBytes = stream.Length - dataStart;
        var last = tensors.MaxBy(t => t.Offset);
        var dataEnd = last is null ? dataStart : dataStart + (long)last.Offset + (GgmlTypeSize.BytesOf(last) ?? 0);
        if (dataEnd > stream.Length)
        {
            throw new GgufFormatException(
                $"{path} is truncated: its tensor data ends at byte {dataEnd} but the file has {stream.Length} bytes");
        }

        return Describe(path, stream.Length, version, values, tensors, dataBytes);
    }

    private static GgufMetadata Describe(
        string path, long fileSize, uint version, Dictionary<string, object> values, List<GgufTensorInfo> tensors, long dataBytes)
    {
        var architecture = values.TryGetValue("general.architecture", out var arch) ? (string)arch : "unknown";
        int Int(string key, int fallback) =>
            values.TryGetValue($"{architecture}.{key}", out var v) && v is not string and not object[] ? Convert.ToInt32(v) : fallback;

        var embedding = Int("embedding_length", 0);
        var heads = Int("attention.head_count", 0);
        return new GgufMetadata
        {
            Path = path,
            FileSize = fileSize,
            Version = version,
            Architecture = architecture,
            Name = values.TryGetValue("general.name", out var name) ? name as string : null,
            ParameterCount = tensors.Sum(t => t.Elements),
            Layers = Int("block_count", 0),
            Heads = heads,
            KvHeads = Int("attention.head_count_kv", heads),
            EmbeddingLength = embedding,
            HeadSize = Int("attention.key_length", heads > 0 ? embedding / heads : 0),
            TrainingContext = Int("context_length", 0),
            FileType = values.TryGetValue("general.file_type", out var fileType) ? Convert.ToUInt32(fileType) : null,
            ChatTemplate = values.TryGetValue("tokenizer.chat_template", out var template) ? template as string : null,
            Tensors = tensors,
            TensorDataBytes = dataBytes,
        };
    }

    private static object ReadValue(BinaryReader reader, GgufValueType type) => type switch
    {
        GgufValueType.UInt8 => reader.ReadByte(),
        GgufValueType.Int8 => reader.ReadSByte(),
        GgufValueType.UInt16 => reader.ReadUInt16(),
        GgufValueType.Int16 => reader.ReadInt16(),
        GgufValueType.UInt32 => reader.ReadUInt32(),
        GgufValueType.Int32 => reader.ReadInt32(),
        GgufValueType.Float32 => reader.ReadSingle(),
        GgufValueType.Bool => reader.ReadByte() != 0,
        GgufValueType.String => ReadString(reader),
        GgufValueType.UInt64 => reader.ReadUInt64(),
        GgufValueType.Int64 => reader.ReadInt64(),
        GgufValueType.Float64 => reader.ReadDouble(),
        GgufValueType.Array => ReadArray(reader),
        _ => throw new GgufFormatException($"unknown GGUF metadata value type {(uint)type}"),
    };

    private static object[] ReadArray(BinaryReader reader)
    {
        var elementType = (GgufValueType)reader.ReadUInt32();
        var count = reader.ReadUInt64();
        if (count > (ulong)(reader.BaseStream.Length - reader.BaseStream.Position))
        {
            throw new EndOfStreamException();
        }

        var items = new object[count];
        for (ulong i = 0; i < count; i++)
        {
            items[i] = ReadValue(reader, elementType);
        }

        return items;
    }

    private static string ReadString(BinaryReader reader)
    {
        var length = reader.ReadUInt64();
        if (length > MaxStringBytes || (long)length > reader.BaseStream.Length - reader.BaseStream.Position)
        {
            throw new EndOfStreamException();
        }

        return Encoding.UTF8.GetString(reader.ReadBytes((int)length));
    }
}
