using System.Numerics;

namespace L2Analyzers;

/// <summary>
/// The checkpoint file layout (little-endian), version 1:
/// <c>"L2CK"</c>, version (uint16), element code (uint8: 1 float32, 2 float64), reserved (uint8), layer count (int32);
/// per layer its parameter count (int32) and per parameter a name (uint8 length + UTF-8), role (uint8), rows and
/// columns (int32); then every parameter's values in that order; then the SHA-256 of all preceding bytes.
/// </summary>
internal static class CheckpointFormat
{
    public const ushort Version = 1;
    public const int HashLength = 32;
    public const int MaxNameBytes = 255;
    public static ReadOnlySpan<byte> Magic => "L2CK"u8;

    /// <summary>The element code and size of <typeparamref name="T"/>.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is neither float nor double.</exception>
    public static (byte Code, int Size) Element<T>()
        where T : IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float))
        {
            return (1, sizeof(float));
        }

        if (typeof(T) == typeof(double))
        {
            return (2, sizeof(double));
        }

        throw new NotSupportedException($"Checkpoints hold float or double parameters, not {typeof(T).Name}.");
    }

    public static string ElementName(byte code) => code switch
    {
        1 => "float",
        2 => "double",
        _ => $"unknown element code {code}",
    };

    /// <summary>The length of the longest checkpoint <paramref name="network"/> can have (names of 255 bytes).</summary>
    public static long LongestFile<T>(INetwork<T> network, int size)
        where T : IFloatingPointIeee754<T>
    {
        long longest = Magic.Length + 2 + 2 + 4 + HashLength;
        foreach (var layer in network.Layers)
        {
            longest += 4 + (layer.Parameters.Count * (1 + MaxNameBytes + 1 + 4 + 4));
            longest += layer.Parameters.Sum(p => (long)p.Values.Length * size);
        }

        return longest;
    }
}
