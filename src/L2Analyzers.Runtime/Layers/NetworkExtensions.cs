namespace L2Analyzers;

/// <summary>Operations on any <see cref="INetwork{T}"/>, generated or configured at run time.</summary>
public static class NetworkExtensions
{
    /// <summary>
    /// Initializes every layer, input side first, from one <see cref="Random"/> seeded with <paramref name="seed"/>:
    /// the same seed gives the same parameters bit for bit.
    /// </summary>
    public static void Initialize<T>(this INetwork<T> network, int seed)
        where T : IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(network);
        var random = new Random(seed);
        foreach (var layer in network.Layers)
        {
            layer.Initialize(random);
        }
    }
}
