using System.Buffers.Binary;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace L2Analyzers;

/// <summary>Writes a network's parameters in the <see cref="CheckpointFormat"/> layout, checksum included.</summary>
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

        for (int l = 0; l < network.Layers.Count; l++)
        {
            foreach (var parameter in network.Layers[l].Parameters)
            {
                RequireFinite(parameter, l, network);
                foreach (T value in parameter.Values)
                {
                    WriteElement(value, buffer);
                    stream.Write(buffer, 0, size);
                }
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
