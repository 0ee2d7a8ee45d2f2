using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace L2Analyzers.Numerics;

/// <summary>
/// Runs an <see cref="IElementwiseKernel{T}"/> over arrays of one length: 512-bit vectors where the CPU runs them natively,
/// otherwise <see cref="Vector{T}"/>, four vectors per iteration, and the element-wise formula for the rest (and for
/// element types without SIMD support). The kernels' stores are ordinary (cached) ones.
/// </summary>
internal static class ElementwiseLoop
{
    /// <summary>
    /// Applies <paramref name="kernel"/> to elements 0 to <paramref name="length"/> − 1 of the four arrays. The first is the
    /// one aligned to the vector size; a kernel of fewer arrays is passed one of its arrays again in the unused places.
    /// </summary>
    public static void Run<T, TKernel>(TKernel kernel, ref T first, ref T second, ref T third, ref T fourth, nuint length)
        where TKernel : struct, IElementwiseKernel<T>
    {
        nuint i = 0;
        if (Vector512.IsHardwareAccelerated && Vector512<T>.IsSupported)
        {
            nuint width = (nuint)Vector512<T>.Count;
            for (nuint head = AlignmentHead(ref first, length, width); i < head; i++)
            {
                kernel.ApplyElement(ref first, ref second, ref third, ref fourth, i);
            }

            for (; i + (4 * width) <= length; i += 4 * width)
            {
                kernel.ApplyVector512(ref first, ref second, ref third, ref fourth, i);
                kernel.ApplyVector512(ref first, ref second, ref third, ref fourth, i + width);
                kernel.ApplyVector512(ref first, ref second, ref third, ref fourth, i + (2 * width));
                kernel.ApplyVector512(ref first, ref second, ref third, ref fourth, i + (3 * width));
            }

            for (; i + width <= length; i += width)
            {
                kernel.ApplyVector512(ref first, ref second, ref third, ref fourth, i);
            }
        }
        else if (Vector.IsHardwareAccelerated && Vector<T>.IsSupported)
        {
            nuint width = (nuint)Vector<T>.Count;
            for (nuint head = AlignmentHead(ref first, length, width); i < head; i++)
            {
                kernel.ApplyElement(ref first, ref second, ref third, ref fourth, i);
            }

            for (; i + (4 * width) <= length; i += 4 * width)
            {
                kernel.ApplyVector(ref first, ref second, ref third, ref fourth, i);
                kernel.ApplyVector(ref first, ref second, ref third, ref fourth, i + width);
                kernel.ApplyVector(ref first, ref second, ref third, ref fourth, i + (2 * width));
                kernel.ApplyVector(ref first, ref second, ref third, ref fourth, i + (3 * width));
            }

            for (; i + width <= length; i += width)
            {
                kernel.ApplyVector(ref first, ref second, ref third, ref fourth, i);
            }
        }

        for (; i < length; i++)
        {
            kernel.ApplyElement(ref first, ref second, ref third, ref fourth, i);
        }
    }

    /// <summary><paramref name="value"/> in every lane of a <see cref="Vector{T}"/>, or zero where <typeparamref name="T"/> has no vectors (never used then).</summary>
    public static Vector<T> Broadcast<T>(T value) => Vector<T>.IsSupported ? new Vector<T>(value) : default;

    /// <summary><paramref name="value"/> in every lane of a <see cref="Vector512{T}"/>, or zero where <typeparamref name="T"/> has no vectors (never used then).</summary>
    public static Vector512<T> Broadcast512<T>(T value) => Vector512<T>.IsSupported ? Vector512.Create(value) : default;

    // How many first elements to step one by one until the first array is aligned to the vector size, so no vector load or
    // store of it straddles two cache lines (as TensorPrimitives does). Arrays of more than a few vectors only: for short
    // ones the scalar steps would cost more than the split accesses.
    private static nuint AlignmentHead<T>(ref T first, nuint length, nuint width)
    {
        nuint size = (nuint)Unsafe.SizeOf<T>();
        nuint address = (nuint)Unsafe.ByteOffset(ref Unsafe.NullRef<T>(), ref first);
        if (length < 8 * width || address % size != 0)
        {
            return 0;
        }

        return (((width * size) - (address % (width * size))) % (width * size)) / size;
    }
}
