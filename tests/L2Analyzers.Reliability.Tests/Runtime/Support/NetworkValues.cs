using System.Numerics;
using System.Runtime.InteropServices;

namespace L2Analyzers.Reliability.Tests.Runtime.Support;

/// <summary>Every parameter value of a network as raw bytes, for bit-for-bit comparisons.</summary>
internal static class NetworkValues
{
    public static byte[] Bits<T>(INetwork<T> network)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        network.Layers.SelectMany(layer => layer.Parameters).SelectMany(p => MemoryMarshal.AsBytes(p.Values.AsSpan()).ToArray()).ToArray();

    public static bool AllFinite<T>(INetwork<T> network)
        where T : IFloatingPointIeee754<T> =>
        network.Layers.SelectMany(layer => layer.Parameters).All(p => p.Values.All(T.IsFinite));

    /// <summary>A chain of identity dense layers of the given widths (input first), initialized from <paramref name="seed"/>.</summary>
    public static Sequential<T> Dense<T>(int[] widths, int seed)
        where T : IFloatingPointIeee754<T>
    {
        var layers = widths.Zip(widths.Skip(1), (inputs, outputs) => (ILayer<T>)new DenseLayer<T>(inputs, outputs)).ToArray();
        var network = new Sequential<T>(LossKind.MeanSquaredError, layers);
        network.Initialize(seed);
        return network;
    }
}
