using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;

namespace L2Analyzers.Numerics;

/// <summary>
/// TensorPrimitives' element-wise operations, applied to consecutive 128 KiB blocks. For a destination over 256 KiB
/// TensorPrimitives writes with non-temporal stores, which bypass the cache: a parameter updated that way is read back
/// from memory by the next forward pass. Every block stays under that threshold, so every store is an ordinary one; and
/// blocks this large keep the cost of the extra calls near 1 % (16 KiB blocks measured 5–10 % slower than one call on a
/// 256 KiB array in cache). The operations are element-wise, so the results are bit for bit those of one call.
/// </summary>
internal static class CachedTensorPrimitives
{
    private const int BlockBytes = 128 * 1024;

    /// <summary><c>destination[i] = x[i]·y + addend[i]</c>, a multiply and an add (as <see cref="TensorPrimitives.MultiplyAdd{T}(ReadOnlySpan{T}, T, ReadOnlySpan{T}, Span{T})"/>).</summary>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static void MultiplyAdd<T>(ReadOnlySpan<T> x, T y, ReadOnlySpan<T> addend, Span<T> destination)
        where T : IFloatingPointIeee754<T>
    {
        ThrowIfLengthsDiffer(x.Length, destination.Length, nameof(x));
        ThrowIfLengthsDiffer(addend.Length, destination.Length, nameof(addend));
        int block = BlockBytes / Unsafe.SizeOf<T>();
        for (int start = 0; start < destination.Length; start += block)
        {
            int length = Math.Min(block, destination.Length - start);
            TensorPrimitives.MultiplyAdd(x.Slice(start, length), y, addend.Slice(start, length), destination.Slice(start, length));
        }
    }

    /// <summary><c>destination[i] = x[i]·y</c> (as <see cref="TensorPrimitives.Multiply{T}(ReadOnlySpan{T}, T, Span{T})"/>).</summary>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static void Multiply<T>(ReadOnlySpan<T> x, T y, Span<T> destination)
        where T : IFloatingPointIeee754<T>
    {
        ThrowIfLengthsDiffer(x.Length, destination.Length, nameof(x));
        int block = BlockBytes / Unsafe.SizeOf<T>();
        for (int start = 0; start < destination.Length; start += block)
        {
            int length = Math.Min(block, destination.Length - start);
            TensorPrimitives.Multiply(x.Slice(start, length), y, destination.Slice(start, length));
        }
    }

    private static void ThrowIfLengthsDiffer(int length, int destinationLength, string name)
    {
        if (length != destinationLength)
        {
            throw new ArgumentException($"{name} has {length} elements but the destination has {destinationLength}.", name);
        }
    }
}
