using System.Buffers.Binary;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace L2Analyzers;

/// <summary>
/// Saves and loads the parameters of a network (generated or configured at run time). The file records the format
/// version, element type, every parameter's name, role and shape, the values and a SHA-256 checksum. Loading fills an
/// existing network of the same architecture: it never creates types named by the file, and it changes nothing
/// unless the whole file is valid. Optimizer state is not saved.
/// </summary>
public static class Checkpoint
{
    /// <summary>
    /// Writes every parameter of <paramref name="network"/> to <paramref name="path"/> atomically: the bytes go to a
    /// temporary file in the same directory, flushed to disk, which then replaces <paramref name="path"/>, so a crash
    /// mid-save leaves the previous checkpoint intact.
    /// </summary>
    /// <exception cref="NotSupportedException">The element type is neither float nor double.</exception>
    /// <exception cref="ArgumentException">A parameter name is longer than 255 UTF-8 bytes.</exception>
    /// <exception cref="IOException">The file system refused the write (for example <see cref="DirectoryNotFoundException"/>).</exception>
    /// <exception cref="UnauthorizedAccessException">The directory or file is not writable.</exception>
    public static void Save<T>(INetwork<T> network, string path)
        where T : IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentException.ThrowIfNullOrEmpty(path);
        byte[] bytes = Serialize(network);
        string full = Path.GetFullPath(path);
        string temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }

            throw;
        }
    }

    /// <summary>
    /// Loads the parameters saved at <paramref name="path"/> into <paramref name="network"/>, after checking the format
    /// version, checksum, element type, layer count, every parameter's name, role and shape, and that every value is finite.
    /// </summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="CheckpointException">The file is not a valid checkpoint of this network; the message says what is wrong.</exception>
    /// <exception cref="NotSupportedException">The element type is neither float nor double.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file is not readable.</exception>
    public static void Load<T>(INetwork<T> network, string path)
        where T : IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var (code, size) = CheckpointFormat.Element<T>();
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The checkpoint '{path}' does not exist.", path);
        }

        // No checkpoint of this network can be longer: refuse before reading anything large.
        long longest = LongestFile(network, size);
        long length = new FileInfo(path).Length;
        if (length > longest)
        {
            throw new CheckpointException(path, $"the file has {length} bytes, more than any checkpoint of this network ({longest} bytes at most).");
        }

        byte[] bytes = File.ReadAllBytes(path);
        CheckEnvelope(bytes, path);
        var reader = new CheckpointReader(bytes.AsSpan(0, bytes.Length - CheckpointFormat.HashLength), path);
        reader.Take(CheckpointFormat.Magic.Length + sizeof(ushort));
        byte fileCode = reader.ReadByte();
        reader.ReadByte(); // reserved
        if (fileCode != code)
        {
            throw new CheckpointException(path, $"it holds {CheckpointFormat.ElementName(fileCode)} parameters but the network's are {CheckpointFormat.ElementName(code)}.");
        }

        var parameters = ReadLayout(ref reader, path, network);
        ReadValues(reader.Take(reader.Remaining), path, parameters, size);
    }

    private static byte[] Serialize<T>(INetwork<T> network)
        where T : IFloatingPointIeee754<T>
    {
        var (code, size) = CheckpointFormat.Element<T>();
        using var stream = new MemoryStream();
        var buffer = new byte[8];
        stream.Write(CheckpointFormat.Magic);
        BinaryPrimitives.WriteUInt16LittleEndian(buffer, CheckpointFormat.Version);
        stream.Write(buffer, 0, 2);
        stream.WriteByte(code);
        stream.WriteByte(0);
        WriteInt32(stream, network.Layers.Count, buffer);
        foreach (var layer in network.Layers)
        {
            WriteInt32(stream, layer.Parameters.Count, buffer);
            foreach (var parameter in layer.Parameters)
            {
                byte[] name = Encoding.UTF8.GetBytes(parameter.Name);
                if (name.Length > CheckpointFormat.MaxNameBytes)
                {
                    throw new ArgumentException($"Parameter name '{parameter.Name}' is longer than {CheckpointFormat.MaxNameBytes} UTF-8 bytes.", nameof(network));
                }

                stream.WriteByte((byte)name.Length);
                stream.Write(name);
                stream.WriteByte((byte)parameter.Role);
                WriteInt32(stream, parameter.Rows, buffer);
                WriteInt32(stream, parameter.Columns, buffer);
            }
        }

        foreach (var parameter in network.Layers.SelectMany(layer => layer.Parameters))
        {
            foreach (T value in parameter.Values)
            {
                WriteElement(value, buffer);
                stream.Write(buffer, 0, size);
            }
        }

        stream.Write(SHA256.HashData(stream.GetBuffer().AsSpan(0, (int)stream.Length)));
        return stream.ToArray();
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

    private static long LongestFile<T>(INetwork<T> network, int size)
        where T : IFloatingPointIeee754<T>
    {
        long longest = CheckpointFormat.Magic.Length + 2 + 2 + 4 + CheckpointFormat.HashLength;
        foreach (var layer in network.Layers)
        {
            longest += 4 + (layer.Parameters.Count * (1 + CheckpointFormat.MaxNameBytes + 1 + 4 + 4));
            longest += layer.Parameters.Sum(p => (long)p.Values.Length * size);
        }

        return longest;
    }

    private static void WriteInt32(Stream stream, int value, byte[] buffer)
    {
        BinaryPrimitives.WriteInt32LittleEndian(buffer, value);
        stream.Write(buffer, 0, 4);
    }

    private static void WriteElement<T>(T value, Span<byte> destination)
        where T : IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float))
        {
            BinaryPrimitives.WriteSingleLittleEndian(destination, float.CreateTruncating(value));
        }
        else
        {
            BinaryPrimitives.WriteDoubleLittleEndian(destination, double.CreateTruncating(value));
        }
    }

    private static T ReadElement<T>(ReadOnlySpan<byte> source)
        where T : IFloatingPointIeee754<T> =>
        typeof(T) == typeof(float)
            ? T.CreateTruncating(BinaryPrimitives.ReadSingleLittleEndian(source))
            : T.CreateTruncating(BinaryPrimitives.ReadDoubleLittleEndian(source));
}
