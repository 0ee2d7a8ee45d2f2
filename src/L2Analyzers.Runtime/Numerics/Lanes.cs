using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace L2Analyzers.Numerics;

/// <summary>
/// A type <see cref="ElementwiseLoop"/> runs a kernel on: a 512-bit vector, a <see cref="Vector{T}"/> or one element
/// (T itself). It says how many elements it holds, how to load, store and broadcast it, and which of the kernel's
/// overloads applies. The implementations are structs, so the JIT compiles the driver once per type, every call inlined.
/// </summary>
internal interface ILanes<T, TVector>
{
    static abstract nuint Count { get; }

    static abstract TVector Load(ref T source, nuint i);

    static abstract void Store(TVector value, ref T destination, nuint i);

    static abstract TVector Broadcast(T value);

    static abstract TVector Apply<TKernel>(TVector w, TVector g, ref TVector a, ref TVector b, in Coefficients<TVector> c)
        where TKernel : IElementwiseKernel<T>;
}

/// <summary>512-bit vectors.</summary>
internal readonly struct Lanes512<T> : ILanes<T, Vector512<T>>
{
    public static nuint Count => (nuint)Vector512<T>.Count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Load(ref T source, nuint i) => Vector512.LoadUnsafe(ref source, i);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector512<T> value, ref T destination, nuint i) => value.StoreUnsafe(ref destination, i);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Broadcast(T value) => Vector512.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Apply<TKernel>(Vector512<T> w, Vector512<T> g, ref Vector512<T> a, ref Vector512<T> b, in Coefficients<Vector512<T>> c)
        where TKernel : IElementwiseKernel<T> => TKernel.Apply(w, g, ref a, ref b, c);
}

/// <summary><see cref="Vector{T}"/>, of the width the runtime chose for this machine.</summary>
internal readonly struct LanesVector<T> : ILanes<T, Vector<T>>
{
    public static nuint Count => (nuint)Vector<T>.Count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<T> Load(ref T source, nuint i) => Vector.LoadUnsafe(ref source, i);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector<T> value, ref T destination, nuint i) => value.StoreUnsafe(ref destination, i);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<T> Broadcast(T value) => new(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<T> Apply<TKernel>(Vector<T> w, Vector<T> g, ref Vector<T> a, ref Vector<T> b, in Coefficients<Vector<T>> c)
        where TKernel : IElementwiseKernel<T> => TKernel.Apply(w, g, ref a, ref b, c);
}

/// <summary>One element.</summary>
internal readonly struct SingleLane<T> : ILanes<T, T>
{
    public static nuint Count => 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Load(ref T source, nuint i) => Unsafe.Add(ref source, i);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(T value, ref T destination, nuint i) => Unsafe.Add(ref destination, i) = value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Broadcast(T value) => value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Apply<TKernel>(T w, T g, ref T a, ref T b, in Coefficients<T> c)
        where TKernel : IElementwiseKernel<T> => TKernel.Apply(w, g, ref a, ref b, c);
}
