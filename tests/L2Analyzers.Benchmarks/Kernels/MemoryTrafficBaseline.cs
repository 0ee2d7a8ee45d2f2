using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;

namespace L2Analyzers.Benchmarks.Kernels;

/// <summary>
/// The memory-traffic baseline of the kernel and optimizer benchmarks: <c>w ← w + g</c>, which reads w and g and writes
/// w, as a plain SGD step does. It runs on the whole array and in 16 KiB blocks, because TensorPrimitives writes arrays
/// above 256 KiB with non-temporal stores, which bypass the cache even when the data would have stayed in it.
/// </summary>
internal static class MemoryTrafficBaseline
{
    private const int BlockBytes = 16384;

    /// <summary><c>TensorPrimitives.Add(w, g, w)</c> in one call.</summary>
    public static void Whole<T>(T[] weights, T[] gradients)
        where T : IFloatingPointIeee754<T> => TensorPrimitives.Add<T>(weights, gradients, weights);

    /// <summary><c>TensorPrimitives.Add(w, g, w)</c> on consecutive 16 KiB blocks, so every store is an ordinary one.</summary>
    public static void InBlocks<T>(T[] weights, T[] gradients)
        where T : IFloatingPointIeee754<T>
    {
        int block = BlockBytes / Unsafe.SizeOf<T>();
        for (int start = 0; start < weights.Length; start += block)
        {
            var w = weights.AsSpan(start, Math.Min(block, weights.Length - start));
            TensorPrimitives.Add<T>(w, gradients.AsSpan(start, w.Length), w);
        }
    }

    /// <summary>Weights uniform in [−0.5, 0.5) and gradients a thousand times smaller, from a fixed seed.</summary>
    public static void Fill<T>(T[] weights, T[] gradients)
        where T : IFloatingPointIeee754<T>
    {
        var random = new Random(1);
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = T.CreateChecked(random.NextDouble() - 0.5);
            gradients[i] = T.CreateChecked((random.NextDouble() - 0.5) * 1e-3);
        }
    }
}
