using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace L2Analyzers.Numerics;

/// <summary>
/// The one element-wise SIMD driver, for <see cref="L2Update.Step{T}"/> and the optimizers: it runs an
/// <see cref="IElementwiseKernel{T}"/> with 512-bit vectors where the CPU runs them natively, otherwise with
/// <see cref="Vector{T}"/>, from the first element where w is aligned to the vector size, four vectors per iteration, then
/// single vectors, then element by element (and element by element for types without SIMD support). Aligned 512-bit
/// vectors were the fastest at every size measured, in caches and beyond them (docs/performance.md). The kernel's
/// coefficients are broadcast once, before the loop; every vector costs the loads and stores of the kernel's arrays only.
/// Stores are ordinary (cached) ones: the weights are read again by the next forward pass.
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
        nuint i = 0;
        if (Vector512.IsHardwareAccelerated && Vector512<T>.IsSupported)
        {
            i = Run512<T, TKernel>(coefficients, ref w, ref g, ref a, ref b, length);
        }
        else if (Vector.IsHardwareAccelerated && Vector<T>.IsSupported)
        {
            i = RunVector<T, TKernel>(coefficients, ref w, ref g, ref a, ref b, length);
        }

        for (; i < length; i++)
        {
            ApplyElement<T, TKernel>(ref w, ref g, ref a, ref b, i, coefficients);
        }
    }

    // Both widths return the index of the first element they left to the element-wise tail.
    private static nuint Run512<T, TKernel>(in Coefficients<T> s, ref T w, ref T g, ref T a, ref T b, nuint length)
        where TKernel : IElementwiseKernel<T>
    {
        nuint width = (nuint)Vector512<T>.Count, i = ElementsUntilAligned<T, TKernel>(s, ref w, ref g, ref a, ref b, length, width);
        var c = new Coefficients<Vector512<T>>(
            Vector512.Create(s.C0), Vector512.Create(s.C1), Vector512.Create(s.C2), Vector512.Create(s.C3), Vector512.Create(s.C4), Vector512.Create(s.C5), Vector512.Create(s.C6));
        for (; i + (4 * width) <= length; i += 4 * width)
        {
            Apply512<T, TKernel>(ref w, ref g, ref a, ref b, i, c);
            Apply512<T, TKernel>(ref w, ref g, ref a, ref b, i + width, c);
            Apply512<T, TKernel>(ref w, ref g, ref a, ref b, i + (2 * width), c);
            Apply512<T, TKernel>(ref w, ref g, ref a, ref b, i + (3 * width), c);
        }

        for (; i + width <= length; i += width)
        {
            Apply512<T, TKernel>(ref w, ref g, ref a, ref b, i, c);
        }

        return i;
    }

    private static nuint RunVector<T, TKernel>(in Coefficients<T> s, ref T w, ref T g, ref T a, ref T b, nuint length)
        where TKernel : IElementwiseKernel<T>
    {
        nuint width = (nuint)Vector<T>.Count, i = ElementsUntilAligned<T, TKernel>(s, ref w, ref g, ref a, ref b, length, width);
        var c = new Coefficients<Vector<T>>(
            new Vector<T>(s.C0), new Vector<T>(s.C1), new Vector<T>(s.C2), new Vector<T>(s.C3), new Vector<T>(s.C4), new Vector<T>(s.C5), new Vector<T>(s.C6));
        for (; i + (4 * width) <= length; i += 4 * width)
        {
            ApplyVector<T, TKernel>(ref w, ref g, ref a, ref b, i, c);
            ApplyVector<T, TKernel>(ref w, ref g, ref a, ref b, i + width, c);
            ApplyVector<T, TKernel>(ref w, ref g, ref a, ref b, i + (2 * width), c);
            ApplyVector<T, TKernel>(ref w, ref g, ref a, ref b, i + (3 * width), c);
        }

        for (; i + width <= length; i += width)
        {
            ApplyVector<T, TKernel>(ref w, ref g, ref a, ref b, i, c);
        }

        return i;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Apply512<T, TKernel>(ref T w, ref T g, ref T a, ref T b, nuint i, in Coefficients<Vector512<T>> c)
        where TKernel : IElementwiseKernel<T>
    {
        var ai = TKernel.Arrays > 2 ? Vector512.LoadUnsafe(ref a, i) : default;
        var bi = TKernel.Arrays > 3 ? Vector512.LoadUnsafe(ref b, i) : default;
        TKernel.Apply(Vector512.LoadUnsafe(ref w, i), Vector512.LoadUnsafe(ref g, i), ref ai, ref bi, c).StoreUnsafe(ref w, i);
        if (TKernel.Arrays > 2)
        {
            ai.StoreUnsafe(ref a, i);
        }

        if (TKernel.Arrays > 3)
        {
            bi.StoreUnsafe(ref b, i);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ApplyVector<T, TKernel>(ref T w, ref T g, ref T a, ref T b, nuint i, in Coefficients<Vector<T>> c)
        where TKernel : IElementwiseKernel<T>
    {
        var ai = TKernel.Arrays > 2 ? Vector.LoadUnsafe(ref a, i) : default;
        var bi = TKernel.Arrays > 3 ? Vector.LoadUnsafe(ref b, i) : default;
        TKernel.Apply(Vector.LoadUnsafe(ref w, i), Vector.LoadUnsafe(ref g, i), ref ai, ref bi, c).StoreUnsafe(ref w, i);
        if (TKernel.Arrays > 2)
        {
            ai.StoreUnsafe(ref a, i);
        }

        if (TKernel.Arrays > 3)
        {
            bi.StoreUnsafe(ref b, i);
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

    // Applies the kernel to the first elements one by one until w is aligned to the vector size, so no vector load or store
    // of it straddles two cache lines (as TensorPrimitives does); returns how many. Arrays of more than a few vectors only:
    // for short ones the scalar steps would cost more than the split accesses.
    private static nuint ElementsUntilAligned<T, TKernel>(in Coefficients<T> c, ref T w, ref T g, ref T a, ref T b, nuint length, nuint width)
        where TKernel : IElementwiseKernel<T>
    {
        nuint size = (nuint)Unsafe.SizeOf<T>();
        nuint address = (nuint)Unsafe.ByteOffset(ref Unsafe.NullRef<T>(), ref w);
        if (length < 8 * width || address % size != 0)
        {
            return 0;
        }

        nuint head = (((width * size) - (address % (width * size))) % (width * size)) / size;
        for (nuint i = 0; i < head; i++)
        {
            ApplyElement<T, TKernel>(ref w, ref g, ref a, ref b, i, c);
        }

        return head;
    }
}
