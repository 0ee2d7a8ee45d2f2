using System.Runtime.Intrinsics;

namespace L2Analyzers.Numerics;

/// <summary>
/// An element-wise formula for <see cref="ElementwiseLoop"/> over the weights w, the gradients g and up to two state arrays
/// a and b of the same length: it returns the new w and updates a and b in place. It is written once per element and once
/// per vector type; all three round identically (separate multiplies and adds in the same order, never a fused
/// multiply-add). The loop loads and stores only the arrays the kernel has.
/// </summary>
internal interface IElementwiseKernel<T>
{
    /// <summary>How many arrays the kernel has: 2 (w, g), 3 (w, g, a) or 4 (w, g, a, b).</summary>
    static abstract int Arrays { get; }

    /// <summary>
    /// The bytes of all its arrays together up to which the kernel runs on 512-bit vectors, and beyond which on the
    /// narrower <see cref="Vector{T}"/>: beyond the caches, a 512-bit load or store of an array that is not aligned as w
    /// straddles two cache lines every time. Where that costs more than the width saves depends on the kernel: measured
    /// in docs/performance.md.
    /// </summary>
    static abstract long WideVectorLimit { get; }

    static abstract T Apply(T w, T g, ref T a, ref T b, in Coefficients<T> c);

    static abstract Vector<T> Apply(Vector<T> w, Vector<T> g, ref Vector<T> a, ref Vector<T> b, in Coefficients<Vector<T>> c);

    static abstract Vector512<T> Apply(Vector512<T> w, Vector512<T> g, ref Vector512<T> a, ref Vector512<T> b, in Coefficients<Vector512<T>> c);
}
