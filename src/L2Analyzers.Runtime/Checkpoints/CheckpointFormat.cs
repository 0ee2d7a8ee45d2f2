namespace L2Analyzers;

/// <summary>
/// The checkpoint file layout (little-endian), version 2:
/// <c>"L2CK"</c>, version (uint16), element code (uint8: 1 float32, 2 float64), reserved (uint8), layer count (int32);
/// per layer its parameter count (int32) and per parameter a name (uint8 length + UTF-8), role (uint8), rows and
/// columns (int32), optimizer state kind (uint8: 0 none, else the <see cref="SavedStateFormat{T}.Kind"/> of the state's type) and
/// state length (int32: the elements of each state vector, rows × columns with a state, 0 without); then every parameter's
/// values in that order; then the state of every parameter that has one, in that order, as its type writes it
/// (<see cref="ISavedOptimizerState{T}.Write"/>; momentum: the velocity; Adam: the step count as int64, the first moment,
/// the second moment); then the SHA-256 of all preceding bytes.
/// Version 1 is the same without the state kind, the state length and the state section; it still loads.
/// </summary>
internal static class CheckpointFormat
{
    public const ushort Version = 2;
    public const ushort FirstVersion = 1;
    public const int HashLength = 32;
    public const int MaxNameBytes = 255;
    public static ReadOnlySpan<byte> Magic => "L2CK"u8;

    /// <summary>Whether files of <paramref name="version"/> record optimizer state.</summary>
    public static bool HasOptimizerState(ushort version) => version >= 2;

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

    /// <summary>The length of the longest checkpoint <paramref name="network"/> can have (names of 255 bytes, the longest state everywhere).</summary>
    public static long LongestFile<T>(INetwork<T> network, int size)
        where T : IFloatingPointIeee754<T>
    {
        long longest = Magic.Length + 2 + 2 + 4 + HashLength;
        foreach (var layer in network.Layers)
        {
            longest += 4 + (layer.Parameters.Count * (1 + MaxNameBytes + 1 + 4 + 4 + 1 + 4));
            longest += layer.Parameters.Sum(p => (long)p.Values.Length * size);
            longest += layer.Parameters.Sum(p => SavedStateFormats<T>.LongestByteLength(p.Values.Length));
        }

        return longest;
    }
}
