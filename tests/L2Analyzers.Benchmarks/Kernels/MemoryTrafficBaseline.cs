using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace L2Analyzers.Benchmarks.Kernels;

/// <summary>
/// The memory-traffic baseline of the kernel and optimizer benchmarks: <c>w ← w + g</c>, which reads w and g and writes
/// w, as a plain SGD step does. It runs on the whole array and in 16 KiB blocks, because TensorPrimitives writes arrays
/// above 256 KiB with non-temporal stores, which bypass the cache even when the data would have stayed in it; and as
/// plain loops of one <see cref="Vector{T}"/> or one <see cref="Vector512{T}"/> per iteration (no unrolling, no alignment),
/// the fastest way to move these bytes that a hand-written loop has, at either vector width. Like the runtime's
/// element-wise driver, the plain loops are compiled fully optimized at once, without tiering.
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

    /// <summary><c>w ← w + g</c> one <see cref="Vector{T}"/> at a time, then element by element.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void VectorLoop<T>(T[] weights, T[] gradients)
        where T : IFloatingPointIeee754<T>
    {
        ref T w = ref MemoryMarshal.GetArrayDataReference(weights);
        ref T g = ref MemoryMarshal.GetArrayDataReference(gradients);
        nuint length = (nuint)weights.Length, i = 0;
        for (; i + (nuint)Vector<T>.Count <= length; i += (nuint)Vector<T>.Count)
        {
            (Vector.LoadUnsafe(ref w, i) + Vector.LoadUnsafe(ref g, i)).StoreUnsafe(ref w, i);
        }

        Tail(ref w, ref g, i, length);
    }

    /// <summary><c>w ← w + g</c> one <see cref="Vector512{T}"/> at a time, then element by element.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Vector512Loop<T>(T[] weights, T[] gradients)
        where T : IFloatingPointIeee754<T>
    {
        ref T w = ref MemoryMarshal.GetArrayDataReference(weights);
        ref T g = ref MemoryMarshal.GetArrayDataReference(gradients);
        nuint length = (nuint)weights.Length, i = 0;
        for (; i + (nuint)Vector512<T>.Count <= length; i += (nuint)Vector512<T>.Count)
        {
            (Vector512.LoadUnsafe(ref w, i) + Vector512.LoadUnsafe(ref g, i)).StoreUnsafe(ref w, i);
        }

        Tail(ref w, ref g, i, length);
    }

    /// <summary>
    /// DecayFactor's formula <c>w ← ρw − ηg</c> one <see cref="Vector{T}"/> at a time, then element by element: the plain
    /// loop a user would write for Step's cheapest mode, to tell the cost of its arithmetic from the cost of the driver.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void RetentionLoop<T>(T[] weights, T[] gradients, T retention, T learningRate)
        where T : IFloatingPointIeee754<T>
    {
        ref T w = ref MemoryMarshal.GetArrayDataReference(weights);
        ref T g = ref MemoryMarshal.GetArrayDataReference(gradients);
        nuint length = (nuint)weights.Length, i = 0;
        Vector<T> rho = new(retention), eta = new(learningRate);
        for (; i + (nuint)Vector<T>.Count <= length; i += (nuint)Vector<T>.Count)
        {
            ((rho * Vector.LoadUnsafe(ref w, i)) - (eta * Vector.LoadUnsafe(ref g, i))).StoreUnsafe(ref w, i);
        }

        for (; i < length; i++)
        {
            Unsafe.Add(ref w, i) = (retention * Unsafe.Add(ref w, i)) - (learningRate * Unsafe.Add(ref g, i));
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

    private static void Tail<T>(ref T w, ref T g, nuint start, nuint length)
        where T : IFloatingPointIeee754<T>
    {
        for (nuint i = start; i < length; i++)
        {
            Unsafe.Add(ref w, i) += Unsafe.Add(ref g, i);
        }
    }
}
