using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace L2Analyzers.Numerics;

/// <summary>
/// The one element-wise SIMD driver, for <see cref="L2Update.Step{T}"/> and the optimizers: it runs an
/// <see cref="IElementwiseKernel{T}"/> with 512-bit vectors where the CPU runs them natively and the arrays are within the
/// kernel's <see cref="IElementwiseKernel{T}.WideVectorLimit"/>, otherwise with <see cref="Vector{T}"/>, and element by
/// element for arrays shorter than one vector and for types without SIMD support. The first and the last vector are computed before the loop and stored after it, so the
/// loop can start where w is aligned to the vector size and stop a whole vector before the end, with no element-wise
/// head or tail (the vectors they overlap get the same values from the same inputs, as in TensorPrimitives). The loop
/// runs four vectors per iteration; the kernel's coefficients are broadcast once, before it. Stores are ordinary
/// (cached) ones: the weights are read again by the next forward pass. Measurements: docs/performance.md.
/// </summary>
internal static class ElementwiseLoop
{
    /// <summary>
    /// Applies <typeparamref name="TKernel"/> to elements 0 to <paramref name="length"/> − 1 of w, g, a and b (a kernel of
    /// fewer arrays may pass any reference for those it does not have; they are never read or written).
    /// </summary>
    public static void Run<T, TKernel>(in Coefficients<T> coefficients, ref T w, ref T g, ref T a, ref T b, nuint length)
        where TKernel : IElementwiseKernel<T>
    {
        if (Vector512.IsHardwareAccelerated && Vector512<T>.IsSupported && length >= (nuint)Vector512<T>.Count
            && (ulong)length * (ulong)(TKernel.Arrays * Unsafe.SizeOf<T>()) <= (ulong)TKernel.WideVectorLimit)
        {
            Run512<T, TKernel>(coefficients, ref w, ref g, ref a, ref b, length);
        }
        else if (Vector.IsHardwareAccelerated && Vector<T>.IsSupported && length >= (nuint)Vector<T>.Count)
        {
            RunVector<T, TKernel>(coefficients, ref w, ref g, ref a, ref b, length);
        }
        else
        {
            for (nuint i = 0; i < length; i++)
            {
                ApplyElement<T, TKernel>(ref w, ref g, ref a, ref b, i, coefficients);
            }
        }
    }

    // Both widths need length ≥ one vector. Never inlined: inlined into a caller, the broadcast coefficients can end up
    // on the stack and be reloaded for every vector, which measured up to twice as slow. Optimized at once: the loop has
    // nothing for profile-guided tiering to learn, and its tier-0 and on-stack-replacement forms are slow.
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void Run512<T, TKernel>(in Coefficients<T> s, ref T w, ref T g, ref T a, ref T b, nuint length)
        where TKernel : IElementwiseKernel<T>
    {
        nuint width = (nuint)Vector512<T>.Count, last = length - width, i = FirstAlignedIndex(ref w, width);
        var c = new Coefficients<Vector512<T>>(
            Vector512.Create(s.C0), Vector512.Create(s.C1), Vector512.Create(s.C2), Vector512.Create(s.C3), Vector512.Create(s.C4), Vector512.Create(s.C5), Vector512.Create(s.C6));
        var first = Compute512<T, TKernel>(ref w, ref g, ref a, ref b, 0, c);
        var end = Compute512<T, TKernel>(ref w, ref g, ref a, ref b, last, c);
        for (; i + (3 * width) < last; i += 4 * width)
        {
            Store512<T, TKernel>(Compute512<T, TKernel>(ref w, ref g, ref a, ref b, i, c), ref w, ref a, ref b, i);
            Store512<T, TKernel>(Compute512<T, TKernel>(ref w, ref g, ref a, ref b, i + width, c), ref w, ref a, ref b, i + width);
            Store512<T, TKernel>(Compute512<T, TKernel>(ref w, ref g, ref a, ref b, i + (2 * width), c), ref w, ref a, ref b, i + (2 * width));
            Store512<T, TKernel>(Compute512<T, TKernel>(ref w, ref g, ref a, ref b, i + (3 * width), c), ref w, ref a, ref b, i + (3 * width));
        }

        for (; i < last; i += width)
        {
            Store512<T, TKernel>(Compute512<T, TKernel>(ref w, ref g, ref a, ref b, i, c), ref w, ref a, ref b, i);
        }

        Store512<T, TKernel>(first, ref w, ref a, ref b, 0);
        Store512<T, TKernel>(end, ref w, ref a, ref b, last);
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void RunVector<T, TKernel>(in Coefficients<T> s, ref T w, ref T g, ref T a, ref T b, nuint length)
        where TKernel : IElementwiseKernel<T>
    {
        nuint width = (nuint)Vector<T>.Count, last = length - width, i = FirstAlignedIndex(ref w, width);
        var c = new Coefficients<Vector<T>>(
            new Vector<T>(s.C0), new Vector<T>(s.C1), new Vector<T>(s.C2), new Vector<T>(s.C3), new Vector<T>(s.C4), new Vector<T>(s.C5), new Vector<T>(s.C6));
        var first = ComputeVector<T, TKernel>(ref w, ref g, ref a, ref b, 0, c);
        var end = ComputeVector<T, TKernel>(ref w, ref g, ref a, ref b, last, c);
        for (; i + (3 * width) < last; i += 4 * width)
        {
            StoreVector<T, TKernel>(ComputeVector<T, TKernel>(ref w, ref g, ref a, ref b, i, c), ref w, ref a, ref b, i);
            StoreVector<T, TKernel>(ComputeVector<T, TKernel>(ref w, ref g, ref a, ref b, i + width, c), ref w, ref a, ref b, i + width);
            StoreVector<T, TKernel>(ComputeVector<T, TKernel>(ref w, ref g, ref a, ref b, i + (2 * width), c), ref w, ref a, ref b, i + (2 * width));
            StoreVector<T, TKernel>(ComputeVector<T, TKernel>(ref w, ref g, ref a, ref b, i + (3 * width), c), ref w, ref a, ref b, i + (3 * width));
        }

        for (; i < last; i += width)
        {
            StoreVector<T, TKernel>(ComputeVector<T, TKernel>(ref w, ref g, ref a, ref b, i, c), ref w, ref a, ref b, i);
        }

        StoreVector<T, TKernel>(first, ref w, ref a, ref b, 0);
        StoreVector<T, TKernel>(end, ref w, ref a, ref b, last);
    }

    // The kernel's new w, a and b for the vector at element i, from the values there now.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector512<T> W, Vector512<T> A, Vector512<T> B) Compute512<T, TKernel>(ref T w, ref T g, ref T a, ref T b, nuint i, in Coefficients<Vector512<T>> c)
        where TKernel : IElementwiseKernel<T>
    {
        var ai = TKernel.Arrays > 2 ? Vector512.LoadUnsafe(ref a, i) : default;
        var bi = TKernel.Arrays > 3 ? Vector512.LoadUnsafe(ref b, i) : default;
        return (TKernel.Apply(Vector512.LoadUnsafe(ref w, i), Vector512.LoadUnsafe(ref g, i), ref ai, ref bi, c), ai, bi);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store512<T, TKernel>((Vector512<T> W, Vector512<T> A, Vector512<T> B) values, ref T w, ref T a, ref T b, nuint i)
        where TKernel : IElementwiseKernel<T>
    {
        values.W.StoreUnsafe(ref w, i);
        if (TKernel.Arrays > 2)
        {
            values.A.StoreUnsafe(ref a, i);
        }

        if (TKernel.Arrays > 3)
        {
            values.B.StoreUnsafe(ref b, i);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector<T> W, Vector<T> A, Vector<T> B) ComputeVector<T, TKernel>(ref T w, ref T g, ref T a, ref T b, nuint i, in Coefficients<Vector<T>> c)
        where TKernel : IElementwiseKernel<T>
    {
        var ai = TKernel.Arrays > 2 ? Vector.LoadUnsafe(ref a, i) : default;
        var bi = TKernel.Arrays > 3 ? Vector.LoadUnsafe(ref b, i) : default;
        return (TKernel.Apply(Vector.LoadUnsafe(ref w, i), Vector.LoadUnsafe(ref g, i), ref ai, ref bi, c), ai, bi);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreVector<T, TKernel>((Vector<T> W, Vector<T> A, Vector<T> B) values, ref T w, ref T a, ref T b, nuint i)
        where TKernel : IElementwiseKernel<T>
    {
        values.W.StoreUnsafe(ref w, i);
        if (TKernel.Arrays > 2)
        {
            values.A.StoreUnsafe(ref a, i);
        }

        if (TKernel.Arrays > 3)
        {
            values.B.StoreUnsafe(ref b, i);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ApplyElement<T, TKernel>(ref T w, ref T g, ref T a, ref T b, nuint i, in Coefficients<T> c)
        where TKernel : IElementwiseKernel<T>
    {
        T ai = TKernel.Arrays > 2 ? Unsafe.Add(ref a, i) : default!;
        T bi = TKernel.Arrays > 3 ? Unsafe.Add(ref b, i) : default!;
        Unsafe.Add(ref w, i) = TKernel.Apply(Unsafe.Add(ref w, i), Unsafe.Add(ref g, i), ref ai, ref bi, c);
        if (TKernel.Arrays > 2)
        {
            Unsafe.Add(ref a, i) = ai;
        }

        if (TKernel.Arrays > 3)
        {
            Unsafe.Add(ref b, i) = bi;
        }
    }

    // The first element after the first vector at which w is aligned to the vector size (at most one vector on), so no
    // store of the loop straddles two cache lines; one vector on when w is not even aligned to its element size.
    private static nuint FirstAlignedIndex<T>(ref T w, nuint width)
    {
        nuint size = (nuint)Unsafe.SizeOf<T>();
        nuint address = (nuint)Unsafe.ByteOffset(ref Unsafe.NullRef<T>(), ref w);
        return address % size != 0 ? width : width - (address % (width * size) / size);
    }
}
