using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace L2Analyzers.Numerics;

/// <summary>Small helpers over <see cref="Vector{T}"/> for the float and double kernels.</summary>
internal static class VectorMath
{
    /// <summary>True when <see cref="Vector{T}"/> of <typeparamref name="T"/> runs on SIMD hardware.</summary>
    public static bool IsAccelerated<T>()
        where T : struct => Vector.IsHardwareAccelerated && Vector<T>.IsSupported;

    /// <summary>
    /// <c>a·b + c</c>, fused (one rounding) where the CPU has FMA for this vector width, otherwise a multiply
    /// and an add. Only for matrix products, never for the L2 update kernels, which round exactly as their formulas.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<T> MultiplyAdd<T>(Vector<T> a, Vector<T> b, Vector<T> c)
        where T : struct
    {
        if (Fma.IsSupported && Vector<byte>.Count == Vector256<byte>.Count)
        {
            if (typeof(T) == typeof(float))
            {
                return Fma.MultiplyAdd(a.AsVector256().AsSingle(), b.AsVector256().AsSingle(), c.AsVector256().AsSingle()).As<float, T>().AsVector();
            }

            if (typeof(T) == typeof(double))
            {
                return Fma.MultiplyAdd(a.AsVector256().AsDouble(), b.AsVector256().AsDouble(), c.AsVector256().AsDouble()).As<double, T>().AsVector();
            }
        }

        return (a * b) + c;
    }
}
