using System.Buffers.Binary;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace L2Analyzers;

/// <summary>Writes a network's parameters and optimizer state in the <see cref="CheckpointFormat"/> layout, checksum included.</summary>
internal static class CheckpointWriter
{
    /// <summary>The complete checkpoint file of <paramref name="network"/>.</summary>
    public static byte[] Serialize<T>(INetwork<T> network)
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
        var states = new List<(SavedStateKind Kind, long Step, T[][] Vectors)>();
        for (int l = 0; l < network.Layers.Count; l++)
        {
            var layer = network.Layers[l];
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
                var state = StateOf(parameter, l, network);
                stream.WriteByte((byte)state.Kind);
                WriteInt32(stream, state.Kind == SavedStateKind.None ? 0 : parameter.Values.Length, buffer);
                states.Add(state);
            }
        }

        for (int l = 0; l < network.Layers.Count; l++)
        {
            foreach (var parameter in network.Layers[l].Parameters)
            {
                RequireFinite(parameter, l, network);
                WriteElements(stream, parameter.Values, buffer, size);
            }
        }

        foreach (var (kind, step, vectors) in states)
        {
            if (kind == SavedStateKind.Adam)
            {
                BinaryPrimitives.WriteInt64LittleEndian(buffer, step);
                stream.Write(buffer, 0, sizeof(long));
            }

            foreach (var vector in vectors)
            {
                WriteElements(stream, vector, buffer, size);
            }
        }

        stream.Write(SHA256.HashData(stream.GetBuffer().AsSpan(0, (int)stream.Length)));
        return stream.ToArray();
    }

    // Loading refuses non-finite values, so saving them would replace a good checkpoint by one that cannot be loaded.
    private static void RequireFinite<T>(Parameter<T> parameter, int layer, INetwork<T> network)
        where T : IFloatingPointIeee754<T>
    {
        int index = Array.FindIndex(parameter.Values, value => !T.IsFinite(value));
        if (index >= 0)
        {
            throw new ArgumentException(
                $"Layer {layer} ({network.Layers[layer]}) has {parameter.Values[index]} at index {index} of '{parameter.Name}': a checkpoint holds finite values only (did training diverge?). Nothing was written.",
                nameof(network));
        }
    }

    // The state of a built-in optimizer, checked as loading checks it; any other state would be lost without a word.
    private static (SavedStateKind Kind, long Step, T[][] Vectors) StateOf<T>(Parameter<T> parameter, int layer, INetwork<T> network)
        where T : IFloatingPointIeee754<T>
    {
        string where = $"Layer {layer} ({network.Layers[layer]}) parameter '{parameter.Name}'";
        var state = SavedState.Of<T>(parameter.OptimizerState) ?? throw new ArgumentException(
            $"{where} holds optimizer state of type {OptimizerState.TypeName(parameter.OptimizerState!)}, which a checkpoint cannot hold " +
            $"(it holds {nameof(MomentumOptimizer<T>)}'s and {nameof(AdamOptimizer<T>)}'s). Set its OptimizerState to null to save it without. Nothing was written.",
            nameof(network));
        for (int v = 0; v < state.Vectors.Length; v++)
        {
            var vector = state.Vectors[v];
            string name = SavedState.VectorName(state.Kind, v);
            if (vector.Length != parameter.Values.Length)
            {
                throw new ArgumentException($"{where} has a {name} of {vector.Length} elements but {parameter.Values.Length} values. Nothing was written.", nameof(network));
            }

            int index = Array.FindIndex(vector, value => !SavedState.IsValid(state.Kind, v, value));
            if (index >= 0)
            {
                throw new ArgumentException(
                    $"{where} has {vector[index]} at index {index} of its {name}: a checkpoint holds {SavedState.Requirement(state.Kind, v)} optimizer state only (did training diverge?). Set its OptimizerState to null to save it without. Nothing was written.",
                    nameof(network));
            }
        }

        return state;
    }

    private static void WriteElements<T>(Stream stream, T[] values, byte[] buffer, int size)
        where T : IFloatingPointIeee754<T>
    {
        foreach (T value in values)
        {
            WriteElement(value, buffer);
            stream.Write(buffer, 0, size);
        }
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
}
