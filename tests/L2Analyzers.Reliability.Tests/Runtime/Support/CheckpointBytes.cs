using System.Buffers.Binary;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace L2Analyzers.Reliability.Tests.Runtime.Support;

/// <summary>
/// The checkpoint layout as docs/runtime.md and CheckpointFormat describe it, for editing files past their checksum:
/// "L2CK", version (uint16), element code, reserved byte, layer count (int32); per layer a parameter count (int32) and
/// per parameter a name (uint8 length + UTF-8), role (uint8), rows and columns (int32), and from version 2 on its
/// optimizer state kind (uint8: 0 none, 1 momentum, 2 Adam) and state length (int32); the values; from version 2 on the
/// state of every parameter that has one (momentum: velocity; Adam: step as int64, first moment, second moment); SHA-256.
/// </summary>
internal static class CheckpointBytes
{
    public const ushort Version = 2;
    private const int HashLength = 32;

    /// <summary>A header field (or an Adam step count in the state section): where it starts and how many bytes it has.</summary>
    public readonly record struct Field(string Name, int Offset, int Size);

    /// <summary>Every header field of the checkpoint of <paramref name="network"/>, then its Adam step counts, in file order.</summary>
    public static IReadOnlyList<Field> Fields<T>(INetwork<T> network, ushort version = Version)
        where T : IFloatingPointIeee754<T>
    {
        int size = typeof(T) == typeof(double) ? 8 : 4;
        var fields = new List<Field> { new("version", 4, 2), new("element code", 6, 1), new("reserved", 7, 1), new("layer count", 8, 4) };
        int offset = 12;
        for (int l = 0; l < network.Layers.Count; l++)
        {
            fields.Add(new($"layer {l} parameter count", offset, 4));
            offset += 4;
            foreach (var parameter in network.Layers[l].Parameters)
            {
                int name = Encoding.UTF8.GetByteCount(parameter.Name);
                fields.Add(new($"layer {l} '{parameter.Name}' name length", offset, 1));
                offset += 1 + name;
                fields.Add(new($"layer {l} '{parameter.Name}' role", offset, 1));
                fields.Add(new($"layer {l} '{parameter.Name}' rows", offset + 1, 4));
                fields.Add(new($"layer {l} '{parameter.Name}' columns", offset + 5, 4));
                offset += 9;
                if (version >= 2)
                {
                    fields.Add(new($"layer {l} '{parameter.Name}' state kind", offset, 1));
                    fields.Add(new($"layer {l} '{parameter.Name}' state length", offset + 1, 4));
                    offset += 5;
                }
            }
        }

        var parameters = network.Layers.SelectMany((layer, l) => layer.Parameters.Select(parameter => (l, parameter))).ToList();
        offset += parameters.Sum(entry => entry.parameter.Values.Length) * size;
        foreach (var (l, parameter) in version >= 2 ? parameters : [])
        {
            var (kind, _, vectors) = StateOf(parameter);
            if (kind == 2)
            {
                fields.Add(new($"layer {l} '{parameter.Name}' Adam step", offset, 8));
                offset += 8;
            }

            offset += vectors.Sum(vector => vector.Length) * size;
        }

        return fields;
    }

    /// <summary>Writes the low bytes of <paramref name="value"/> into <paramref name="field"/> (little-endian).</summary>
    public static void Write(byte[] bytes, Field field, long value)
    {
        Span<byte> all = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(all, value);
        all[..field.Size].CopyTo(bytes.AsSpan(field.Offset));
    }

    /// <summary>Recomputes the trailing SHA-256 so that the edited content passes the checksum and reaches the parser.</summary>
    public static byte[] WithValidChecksum(byte[] bytes)
    {
        if (bytes.Length >= HashLength)
        {
            SHA256.HashData(bytes.AsSpan(0, bytes.Length - HashLength)).CopyTo(bytes, bytes.Length - HashLength);
        }

        return bytes;
    }

    /// <summary>
    /// The checkpoint of <paramref name="network"/> written from the layout above, independently of the runtime's
    /// writer (and without its flush to disk, so that thousands of cases stay fast). Version 1 holds no optimizer state.
    /// </summary>
    public static byte[] Of<T>(INetwork<T> network, ushort version = Version)
        where T : IFloatingPointIeee754<T>
    {
        bool isDouble = typeof(T) == typeof(double);
        var bytes = new List<byte>("L2CK"u8.ToArray());
        bytes.AddRange(BitConverter.GetBytes(version));
        bytes.AddRange([(byte)(isDouble ? 2 : 1), 0]);
        bytes.AddRange(BitConverter.GetBytes(network.Layers.Count));
        foreach (var layer in network.Layers)
        {
            bytes.AddRange(BitConverter.GetBytes(layer.Parameters.Count));
            foreach (var parameter in layer.Parameters)
            {
                byte[] name = Encoding.UTF8.GetBytes(parameter.Name);
                bytes.Add((byte)name.Length);
                bytes.AddRange(name);
                bytes.Add((byte)parameter.Role);
                bytes.AddRange(BitConverter.GetBytes(parameter.Rows));
                bytes.AddRange(BitConverter.GetBytes(parameter.Columns));
                if (version >= 2)
                {
                    var (kind, _, vectors) = StateOf(parameter);
                    bytes.Add(kind);
                    bytes.AddRange(BitConverter.GetBytes(kind == 0 ? 0 : vectors[0].Length));
                }
            }
        }

        var parameters = network.Layers.SelectMany(layer => layer.Parameters).ToList();
        AddElements(bytes, parameters.SelectMany(p => p.Values), isDouble);
        foreach (var parameter in version >= 2 ? parameters : [])
        {
            var (kind, step, vectors) = StateOf(parameter);
            if (kind == 2)
            {
                bytes.AddRange(BitConverter.GetBytes(step));
            }

            AddElements(bytes, vectors.SelectMany(vector => vector), isDouble);
        }

        bytes.AddRange(new byte[HashLength]);
        return WithValidChecksum([.. bytes]);
    }

    /// <summary>The state kind code, Adam's step count and the state vectors of <paramref name="parameter"/>.</summary>
    private static (byte Kind, long Step, T[][] Vectors) StateOf<T>(Parameter<T> parameter)
        where T : IFloatingPointIeee754<T> => parameter.OptimizerState switch
        {
            null => (0, 0, []),
            MomentumState<T> momentum => (1, 0, [momentum.Velocity]),
            AdamState<T> adam => (2, adam.Step, [adam.FirstMoment, adam.SecondMoment]),
            var other => throw new InvalidOperationException($"a checkpoint holds no {other.GetType()}"),
        };

    private static void AddElements<T>(List<byte> bytes, IEnumerable<T> values, bool isDouble)
        where T : IFloatingPointIeee754<T>
    {
        foreach (var value in values)
        {
            bytes.AddRange(isDouble ? BitConverter.GetBytes(double.CreateTruncating(value)) : BitConverter.GetBytes(float.CreateTruncating(value)));
        }
    }
}
