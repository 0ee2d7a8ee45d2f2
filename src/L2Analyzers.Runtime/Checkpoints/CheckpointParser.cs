using System.Buffers.Binary;
using System.Numerics;
using System.Security.Cryptography;

namespace L2Analyzers;

/// <summary>Reads and validates a checkpoint held in memory against the network it is loaded into.</summary>
internal static class CheckpointParser
{
    /// <summary>Validates <paramref name="bytes"/> completely, then copies its values into <paramref name="network"/>.</summary>
    /// <exception cref="CheckpointException">The bytes are not a valid checkpoint of this network.</exception>
    public static void LoadInto<T>(byte[] bytes, string path, INetwork<T> network)
        where T : IFloatingPointIeee754<T>
    {
        var (code, size) = CheckpointFormat.Element<T>();
        CheckEnvelope(bytes, path);
        var reader = new CheckpointReader(bytes.AsSpan(0, bytes.Length - CheckpointFormat.HashLength), path);
        reader.Take(CheckpointFormat.Magic.Length + sizeof(ushort));
        byte fileCode = reader.ReadByte();
        byte reserved = reader.ReadByte();
        if (fileCode != code)
        {
            throw new CheckpointException(path, $"it holds {CheckpointFormat.ElementName(fileCode)} parameters but the network's are {CheckpointFormat.ElementName(code)}.");
        }

        // Version 1 writes 0: anything else is a meaning this reader does not know, not something to ignore.
        if (reserved != 0)
        {
            throw new CheckpointException(path, $"the reserved byte at offset 7 is {reserved}, not 0 as format version {CheckpointFormat.Version} writes it.");
        }

        var parameters = ReadLayout(ref reader, path, network);
        ReadValues(reader.Take(reader.Remaining), path, parameters, size);
    }

    // Magic, version and checksum, before anything else is trusted.
    private static void CheckEnvelope(byte[] bytes, string path)
    {
        var magic = CheckpointFormat.Magic;
        if (bytes.Length < magic.Length || !bytes.AsSpan(0, magic.Length).SequenceEqual(magic))
        {
            throw new CheckpointException(path, "not a checkpoint: the file does not start with \"L2CK\".");
        }

        int headerEnd = magic.Length + sizeof(ushort);
        if (bytes.Length < headerEnd + CheckpointFormat.HashLength)
        {
            throw new CheckpointException(path, $"the file has only {bytes.Length} bytes: it is truncated.");
        }

        ushort version = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(magic.Length));
        if (version != CheckpointFormat.Version)
        {
            throw new CheckpointException(path, $"format version {version} is not supported; this library reads version {CheckpointFormat.Version}.");
        }

        int contentLength = bytes.Length - CheckpointFormat.HashLength;
        if (!SHA256.HashData(bytes.AsSpan(0, contentLength)).AsSpan().SequenceEqual(bytes.AsSpan(contentLength)))
        {
            throw new CheckpointException(path, "the SHA-256 checksum does not match: the file is corrupt or truncated.");
        }
    }

    private static List<Parameter<T>> ReadLayout<T>(ref CheckpointReader reader, string path, INetwork<T> network)
        where T : IFloatingPointIeee754<T>
    {
        int layers = reader.ReadInt32();
        if (layers != network.Layers.Count)
        {
            throw new CheckpointException(path, $"it holds {layers} layers but the network has {network.Layers.Count}.");
        }

        var parameters = new List<Parameter<T>>();
        for (int l = 0; l < layers; l++)
        {
            var expected = network.Layers[l].Parameters;
            int count = reader.ReadInt32();
            if (count != expected.Count)
            {
                throw new CheckpointException(path, $"layer {l} has {count} parameters in the file but {expected.Count} in the network ({network.Layers[l]}).");
            }

            for (int index = 0; index < count; index++)
            {
                var parameter = expected[index];
                string name = reader.ReadName();
                var role = (ParameterRole)reader.ReadByte();
                int rows = reader.ReadInt32(), columns = reader.ReadInt32();
                if (name != parameter.Name || role != parameter.Role || rows != parameter.Rows || columns != parameter.Columns)
                {
                    throw new CheckpointException(
                        path,
                        $"layer {l} parameter {index} is '{name}' ({role}, {rows} × {columns}) in the file but " +
                        $"'{parameter.Name}' ({parameter.Role}, {parameter.Rows} × {parameter.Columns}) in the network ({network.Layers[l]}).");
                }

                parameters.Add(parameter);
            }
        }

        return parameters;
    }

    private static void ReadValues<T>(ReadOnlySpan<byte> values, string path, List<Parameter<T>> parameters, int size)
        where T : IFloatingPointIeee754<T>
    {
        long expected = parameters.Sum(p => (long)p.Values.Length) * size;
        if (values.Length != expected)
        {
            throw new CheckpointException(path, $"it holds {values.Length} bytes of values but the parameters need {expected}.");
        }

        int offset = 0;
        foreach (var parameter in parameters)
        {
            for (int i = 0; i < parameter.Values.Length; i++, offset += size)
            {
                T value = ReadElement<T>(values[offset..]);
                if (!T.IsFinite(value))
                {
                    throw new CheckpointException(path, $"value {i} of '{parameter.Name}' is {value}: every saved value must be finite.");
                }
            }
        }

        // Everything is valid: only now change the network.
        offset = 0;
        foreach (var parameter in parameters)
        {
            for (int i = 0; i < parameter.Values.Length; i++, offset += size)
            {
                parameter.Values[i] = ReadElement<T>(values[offset..]);
            }
        }
    }

    private static T ReadElement<T>(ReadOnlySpan<byte> source)
        where T : IFloatingPointIeee754<T> =>
        typeof(T) == typeof(float)
            ? T.CreateTruncating(BinaryPrimitives.ReadSingleLittleEndian(source))
            : T.CreateTruncating(BinaryPrimitives.ReadDoubleLittleEndian(source));
}
