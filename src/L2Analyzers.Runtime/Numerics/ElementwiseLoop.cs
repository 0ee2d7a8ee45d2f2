using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace L2Analyzers.Numerics;

/// <summary>
/// The one element-wise SIMD driver, for <see cref="L2Update.Step{T}"/> and the optimizers: it runs an
/// <see cref="IElementwiseKernel{T}"/> with 512-bit vectors where the CPU runs them natively and the arrays are within the
/// kernel's <see cref="IElementwiseKernel{T}.WideVectorLimit"/>, otherwise with <see cref="Vector{T}"/>, and element by
/// element for arrays shorter than one vector and for types without SIMD support (the three through
/// <see cref="ILanes{T, TVector}"/>). The first and the last vector are computed before the loop and stored after it,
/// so the loop can start where w is aligned to the vector size and stop a whole vector before the end, with no
/// element-wise head or tail (the vectors they overlap get the same values from the same inputs, as in
/// TensorPrimitives). The loop runs four vectors per iteration; the kernel's coefficients are broadcast once, before
/// it. Stores are ordinary (cached) ones: the weights are read again by the next forward pass. Measurements:
/// docs/performance.md.
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
            RunVectors<T, TKernel, Lanes512<T>, Vector512<T>>(coefficients, ref w, ref g, ref a, ref b, length);
        }
        else if (Vector.IsHardwareAccelerated && Vector<T>.IsSupported && length >= (nuint)Vector<T>.Count)
        {
            RunVectors<T, TKernel, LanesVector<T>, Vector<T>>(coefficients, ref w, ref g, ref a, ref b, length);
        }
        else
        {
            for (nuint i = 0; i < length; i++)
            {
                Store<T, TKernel, SingleLane<T>, T>(Compute<T, TKernel, SingleLane<T>, T>(ref w, ref g, ref a, ref b, i, coefficients), ref w, ref a, ref b, i);
            }
        }
    }

    // Needs length ≥ one vector. Never inlined: inlined into a caller, the broadcast coefficients can end up on the stack
    // and be reloaded for every vector, which measured up to twice as slow. Optimized at once: the loop has nothing for
    // profile-guided tiering to learn, and its tier-0 and on-stack-replacement forms are slow.
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void RunVectors<T, TKernel, TLanes, TVector>(in Coefficients<T> s, ref T w, ref T g, ref T a, ref T b, nuint length)
        where TKernel : IElementwiseKernel<T>
        where TLanes : struct, ILanes<T, TVector>
    {
        nuint width = TLanes.Count, last = length - width, i = FirstAlignedIndex(ref w, width);
        var c = new Coefficients<TVector>(
            TLanes.Broadcast(s.C0), TLanes.Broadcast(s.C1), TLanes.Broadcast(s.C2), TLanes.Broadcast(s.C3), TLanes.Broadcast(s.C4), TLanes.Broadcast(s.C5), TLanes.Broadcast(s.C6));
        var first = Compute<T, TKernel, TLanes, TVector>(ref w, ref g, ref a, ref b, 0, c);
        var end = Compute<T, TKernel, TLanes, TVector>(ref w, ref g, ref a, ref b, last, c);
        for (; i + (3 * width) < last; i += 4 * width)
        {
            Store<T, TKernel, TLanes, TVector>(Compute<T, TKernel, TLanes, TVector>(ref w, ref g, ref a, ref b, i, c), ref w, ref a, ref b, i);
            Store<T, TKernel, TLanes, TVector>(Compute<T, TKernel, TLanes, TVector>(ref w, ref g, ref a, ref b, i + width, c), ref w, ref a, ref b, i + width);
            Store<T, TKernel, TLanes, TVector>(Compute<T, TKernel, TLanes, TVector>(ref w, ref g, ref a, ref b, i + (2 * width), c), ref w, ref a, ref b, i + (2 * width));
            Store<T, TKernel, TLanes, TVector>(Compute<T, TKernel, TLanes, TVector>(ref w, ref g, ref a, ref b, i + (3 * width), c), ref w, ref a, ref b, i + (3 * width));
        }

        for (; i < last; i += width)
        {
            Store<T, TKernel, TLanes, TVector>(Compute<T, TKernel, TLanes, TVector>(ref w, ref g, ref a, ref b, i, c), ref w, ref a, ref b, i);
        }

        Store<T, TKernel, TLanes, TVector>(first, ref w, ref a, ref b, 0);
        Store<T, TKernel, TLanes, TVector>(end, ref w, ref a, ref b, last);
    }

    // The kernel's new w, a and b for the vector (or element) at i, from the values there now.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (TVector W, TVector A, TVector B) Compute<T, TKernel, TLanes, TVector>(ref T w, ref T g, ref T a, ref T b, nuint i, in Coefficients<TVector> c)
        where TKernel : IElementwiseKernel<T>
        where TLanes : struct, ILanes<T, TVector>
    {
        var ai = TKernel.Arrays > 2 ? TLanes.Load(ref a, i) : default!;
        var bi = TKernel.Arrays > 3 ? TLanes.Load(ref b, i) : default!;
        return (TLanes.Apply<TKernel>(TLanes.Load(ref w, i), TLanes.Load(ref g, i), ref ai, ref bi, c), ai, bi);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store<T, TKernel, TLanes, TVector>((TVector W, TVector A, TVector B) values, ref T w, ref T a, ref T b, nuint i)
        where TKernel : IElementwiseKernel<T>
        where TLanes : struct, ILanes<T, TVector>
    {
        TLanes.Store(values.W, ref w, i);
        if (TKernel.Arrays > 2)
        {
            TLanes.Store(values.A, ref a, i);
        }

        if (TKernel.Arrays > 3)
        {
            TLanes.Store(values.B, ref b, i);
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
