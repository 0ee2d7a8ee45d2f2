using System.Numerics;
using System.Runtime.Intrinsics;

namespace L2Analyzers.Numerics;

/// <summary>
/// An element-wise update over up to four arrays of one length, for <see cref="ElementwiseLoop"/>: its formula for the
/// element at index i, and for the <see cref="Vector{T}"/> and the <see cref="Vector512{T}"/> starting there. All three
/// round identically: separate multiplies and adds in the same order, never a fused multiply-add. A kernel holds its
/// coefficients already broadcast to both vector widths.
/// </summary>
internal interface IElementwiseKernel<T>
{
    void ApplyElement(ref T first, ref T second, ref T third, ref T fourth, nuint i);

    void ApplyVector(ref T first, ref T second, ref T third, ref T fourth, nuint i);

    void ApplyVector512(ref T first, ref T second, ref T third, ref T fourth, nuint i);
}
