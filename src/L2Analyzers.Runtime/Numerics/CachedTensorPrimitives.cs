using System.Numerics.Tensors;
using System.Runtime.CompilerServices;

namespace L2Analyzers.Numerics;

/// <summary>
/// TensorPrimitives' element-wise operations, applied to consecutive 128 KiB blocks. For a destination over 256 KiB
/// TensorPrimitives writes with non-temporal stores, which bypass the cache: a parameter updated that way is read back
/// from memory by the next forward pass. Every block stays under that threshold, so every store is an ordinary one. The
/// blocks are as large as that allows with a margin, because each call has a fixed cost: 16 KiB blocks measured 5–10 %
/// slower than one call on a 256 KiB array in cache. The operations are element-wise, so the results are bit for bit
/// those of one call.
/// </summary>
internal static class CachedTensorPrimitives
{
    private const int BlockBytes = 128 * 1024;

    /// <summary><c>destination[i] = x[i]·y + addend[i]</c>, a multiply and an add (as <see cref="TensorPrimitives.MultiplyAdd{T}(ReadOnlySpan{T}, T, ReadOnlySpan{T}, Span{T})"/>).</summary>
    /// <exception cref="ArgumentException">The spans differ in length, or an input overlaps the destination other than exactly.</exception>
    public static void MultiplyAdd<T>(ReadOnlySpan<T> x, T y, ReadOnlySpan<T> addend, Span<T> destination)
        where T : IFloatingPointIeee754<T>
    {
        ThrowIfInvalid(x, destination, nameof(x));
        ThrowIfInvalid(addend, destination, nameof(addend));
        int block = BlockBytes / Unsafe.SizeOf<T>();
        for (int start = 0; start < destination.Length; start += block)
        {
            int length = Math.Min(block, destination.Length - start);
            TensorPrimitives.MultiplyAdd(x.Slice(start, length), y, addend.Slice(start, length), destination.Slice(start, length));
        }
    }

    /// <summary><c>destination[i] = x[i]·y</c> (as <see cref="TensorPrimitives.Multiply{T}(ReadOnlySpan{T}, T, Span{T})"/>).</summary>
    /// <exception cref="ArgumentException">The spans differ in length, or the input overlaps the destination other than exactly.</exception>
    public static void Multiply<T>(ReadOnlySpan<T> x, T y, Span<T> destination)
        where T : IFloatingPointIeee754<T>
    {
        ThrowIfInvalid(x, destination, nameof(x));
        int block = BlockBytes / Unsafe.SizeOf<T>();
        for (int start = 0; start < destination.Length; start += block)
        {
            int length = Math.Min(block, destination.Length - start);
            TensorPrimitives.Multiply(x.Slice(start, length), y, destination.Slice(start, length));
        }
    }

    // As TensorPrimitives, an input may be the destination itself but must not overlap it shifted: block by block, a
    // shifted input would read elements that an earlier block already overwrote.
    private static void ThrowIfInvalid<T>(ReadOnlySpan<T> input, ReadOnlySpan<T> destination, string name)
    {
        if (input.Length != destination.Length)
        {
            throw new ArgumentException($"{name} has {input.Length} elements but the destination has {destination.Length}.", name);
        }

        if (input.Overlaps(destination, out int offset) && offset != 0)
        {
            throw new ArgumentException($"{name} overlaps the destination shifted by {offset} elements; it must be the destination itself or separate from it.", name);
        }
    }
}
