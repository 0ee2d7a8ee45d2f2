using System.Buffers.Binary;
using System.Security.Cryptography;

namespace L2Analyzers;

/// <summary>Reads and validates a checkpoint held in memory against the network it is loaded into.</summary>
internal static class CheckpointParser
{
    /// <summary>
    /// Validates <paramref name="bytes"/> completely, then copies its values into <paramref name="network"/> and sets every
    /// parameter's optimizer state to the saved one (null where none is saved, as in every version-1 file).
    /// </summary>
    /// <exception cref="CheckpointException">The bytes are not a valid checkpoint of this network.</exception>
    public static void LoadInto<T>(byte[] bytes, string path, INetwork<T> network)
        where T : IFloatingPointIeee754<T>
    {
        var (code, size) = CheckpointFormat.Element<T>();
        ushort version = CheckEnvelope(bytes, path);
        var reader = new CheckpointReader(bytes.AsSpan(0, bytes.Length - CheckpointFormat.HashLength), path);
        reader.Take(CheckpointFormat.Magic.Length + sizeof(ushort));
        byte fileCode = reader.ReadByte();
        byte reserved = reader.ReadByte();
        if (fileCode != code)
        {
            throw new CheckpointException(path, $"it holds {CheckpointFormat.ElementName(fileCode)} parameters but the network's are {CheckpointFormat.ElementName(code)}.");
        }

        // Every version writes 0: anything else is a meaning this reader does not know, not something to ignore.
        if (reserved != 0)
        {
            throw new CheckpointException(path, $"the reserved byte at offset 7 is {reserved}, not 0 as format version {version} writes it.");
        }

        var layout = ReadLayout(ref reader, path, network, version);
        long valueBytes = layout.Sum(entry => (long)entry.Parameter.Values.Length) * size;
        long stateBytes = layout.Sum(entry => entry.Format?.ByteLength(entry.Parameter.Values.Length) ?? 0);
        if (reader.Remaining != valueBytes + stateBytes)
        {
            throw new CheckpointException(
                path,
                CheckpointFormat.HasOptimizerState(version)
                    ? $"it holds {reader.Remaining} bytes of values and optimizer state but the parameters need {valueBytes} and their state {stateBytes}."
                    : $"it holds {reader.Remaining} bytes of values but the parameters need {valueBytes}.");
        }

        var values = reader.Take((int)valueBytes);
        CheckValues(values, path, layout, size);
        var states = ReadStates(new MemoryStream(bytes, reader.Position, (int)stateBytes, writable: false), path, layout);

        // Everything is valid: only now change the network.
        int offset = 0;
        for (int p = 0; p < layout.Count; p++)
        {
            var parameter = layout[p].Parameter;
            for (int i = 0; i < parameter.Values.Length; i++, offset += size)
            {
                parameter.Values[i] = ReadElement<T>(values[offset..]);
            }

            parameter.OptimizerState = states[p];
        }
    }

    // Magic, version and checksum, before anything else is trusted.
    private static ushort CheckEnvelope(byte[] bytes, string path)
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
        if (version is < CheckpointFormat.FirstVersion or > CheckpointFormat.Version)
        {
            throw new CheckpointException(
                path, $"format version {version} is not supported; this library reads versions {CheckpointFormat.FirstVersion} to {CheckpointFormat.Version}.");
        }

        int contentLength = bytes.Length - CheckpointFormat.HashLength;
        if (!SHA256.HashData(bytes.AsSpan(0, contentLength)).AsSpan().SequenceEqual(bytes.AsSpan(contentLength)))
        {
            throw new CheckpointException(path, "the SHA-256 checksum does not match: the file is corrupt or truncated.");
        }

        return version;
    }

    private static List<LayoutEntry<T>> ReadLayout<T>(ref CheckpointReader reader, string path, INetwork<T> network, ushort version)
        where T : IFloatingPointIeee754<T>
    {
        int layers = reader.ReadInt32();
        if (layers != network.Layers.Count)
        {
            throw new CheckpointException(path, $"it holds {layers} layers but the network has {network.Layers.Count}.");
        }

        var layout = new List<LayoutEntry<T>>();
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

                var format = CheckpointFormat.HasOptimizerState(version) ? ReadStateFormat(ref reader, path, parameter, l, index) : null;
                layout.Add(new LayoutEntry<T>(parameter, format, l));
            }
        }

        return layout;
    }

    // The state kind and length of a parameter (version 2): null for none, else the format of a kind this library knows,
    // with one element per value.
    private static SavedStateFormat<T>? ReadStateFormat<T>(ref CheckpointReader reader, string path, Parameter<T> parameter, int layer, int index)
        where T : IFloatingPointIeee754<T>
    {
        byte kind = reader.ReadByte();
        int length = reader.ReadInt32();
        string where = $"layer {layer} parameter {index} '{parameter.Name}'";
        var format = SavedStateFormats<T>.Find(kind);
        if (format is null && kind != 0)
        {
            throw new CheckpointException(path, $"{where} has optimizer state of unknown kind {kind} (known: {SavedStateFormats<T>.Known}).");
        }

        int expected = format is null ? 0 : parameter.Values.Length;
        if (length != expected)
        {
            throw new CheckpointException(
                path,
                format is null
                    ? $"{where} has no optimizer state but a state length of {length} (0 expected)."
                    : $"{where} has {format.Name} state of {length} elements, but the parameter has {expected} values ({parameter.Rows} × {parameter.Columns}).");
        }

        return format;
    }

    private static void CheckValues<T>(ReadOnlySpan<byte> values, string path, List<LayoutEntry<T>> layout, int size)
        where T : IFloatingPointIeee754<T>
    {
        int offset = 0;
        foreach (var (parameter, _, _) in layout)
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
    }

    // Reads the state section, each state checked by its own type: none is set on a parameter before the whole file is valid.
    private static IOptimizerState<T>?[] ReadStates<T>(MemoryStream section, string path, List<LayoutEntry<T>> layout)
        where T : IFloatingPointIeee754<T>
    {
        using var reader = new BinaryReader(section);
        var states = new IOptimizerState<T>?[layout.Count];
        for (int p = 0; p < layout.Count; p++)
        {
            var (parameter, format, layer) = layout[p];
            try
            {
                states[p] = format?.Read(reader, parameter.Values.Length, $"'{parameter.Name}' in layer {layer}");
            }
            catch (InvalidDataException error)
            {
                throw new CheckpointException(path, error.Message);
            }
        }

        return states;
    }

    private static T ReadElement<T>(ReadOnlySpan<byte> source)
        where T : IFloatingPointIeee754<T> =>
        typeof(T) == typeof(float)
            ? T.CreateTruncating(BinaryPrimitives.ReadSingleLittleEndian(source))
            : T.CreateTruncating(BinaryPrimitives.ReadDoubleLittleEndian(source));

    /// <summary>A parameter of the network, the format of the state the file saves for it (null: none), and its layer.</summary>
    private readonly record struct LayoutEntry<T>(Parameter<T> Parameter, SavedStateFormat<T>? Format, int Layer)
        where T : IFloatingPointIeee754<T>;
}
