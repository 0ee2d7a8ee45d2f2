using System.Buffers.Binary;
using System.Numerics;
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
        long stateBytes = layout.Sum(entry => SavedState.ByteLength(entry.Kind, entry.Parameter.Values.Length, size));
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
        var states = ReadStates(ref reader, path, layout, size);

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

                var kind = CheckpointFormat.HasOptimizerState(version) ? ReadStateKind(ref reader, path, parameter, l, index) : SavedStateKind.None;
                layout.Add(new LayoutEntry<T>(parameter, kind, l));
            }
        }

        return layout;
    }

    // The state kind and length of a parameter (version 2): a kind this library knows, one element per value when there is state.
    private static SavedStateKind ReadStateKind<T>(ref CheckpointReader reader, string path, Parameter<T> parameter, int layer, int index)
        where T : IFloatingPointIeee754<T>
    {
        byte code = reader.ReadByte();
        int length = reader.ReadInt32();
        string where = $"layer {layer} parameter {index} '{parameter.Name}'";
        if (!SavedState.IsDefined(code))
        {
            throw new CheckpointException(path, $"{where} has optimizer state of unknown kind {code} (known: 0 none, 1 momentum, 2 Adam).");
        }

        var kind = (SavedStateKind)code;
        int expected = kind == SavedStateKind.None ? 0 : parameter.Values.Length;
        if (length != expected)
        {
            throw new CheckpointException(
                path,
                kind == SavedStateKind.None
                    ? $"{where} has no optimizer state but a state length of {length} (0 expected)."
                    : $"{where} has {SavedState.Describe(kind)} of {length} elements, but the parameter has {expected} values ({parameter.Rows} × {parameter.Columns}).");
        }

        return kind;
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

    // Creates the state objects of the state section, each checked: none is set on a parameter before the whole file is valid.
    private static object?[] ReadStates<T>(ref CheckpointReader reader, string path, List<LayoutEntry<T>> layout, int size)
        where T : IFloatingPointIeee754<T>
    {
        var states = new object?[layout.Count];
        for (int p = 0; p < layout.Count; p++)
        {
            var (parameter, kind, layer) = layout[p];
            long step = kind == SavedStateKind.Adam ? reader.ReadInt64() : 0;
            if (kind == SavedStateKind.Adam && step < 1)
            {
                throw new CheckpointException(path, $"the Adam step count of '{parameter.Name}' in layer {layer} is {step}: it must be at least 1.");
            }

            var (state, vectors) = SavedState.Create<T>(kind, parameter.Values.Length, step);
            for (int v = 0; v < vectors.Length; v++)
            {
                for (int i = 0; i < vectors[v].Length; i++)
                {
                    T value = ReadElement<T>(reader.Take(size));
                    if (!SavedState.IsValid(kind, v, value))
                    {
                        throw new CheckpointException(
                            path,
                            $"{SavedState.VectorName(kind, v)} value {i} of '{parameter.Name}' in layer {layer} is {value}: saved optimizer state must be {SavedState.Requirement(kind, v)}.");
                    }

                    vectors[v][i] = value;
                }
            }

            states[p] = state;
        }

        return states;
    }

    private static T ReadElement<T>(ReadOnlySpan<byte> source)
        where T : IFloatingPointIeee754<T> =>
        typeof(T) == typeof(float)
            ? T.CreateTruncating(BinaryPrimitives.ReadSingleLittleEndian(source))
            : T.CreateTruncating(BinaryPrimitives.ReadDoubleLittleEndian(source));

    /// <summary>A parameter of the network, the kind of state the file saves for it, and its layer.</summary>
    private readonly record struct LayoutEntry<T>(Parameter<T> Parameter, SavedStateKind Kind, int Layer)
        where T : IFloatingPointIeee754<T>;
}
