using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace L2Analyzers.Numerics;

/// <summary>
/// Reinterprets spans of a generic element type as spans of the same type under its concrete name, so the generic
/// public API can reach the float and double fast paths. Callers check <c>typeof(TFrom) == typeof(TTo)</c> first.
/// </summary>
internal static class SpanCast
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Span<TTo> As<TFrom, TTo>(Span<TFrom> span)
    {
        ThrowIfDifferent<TFrom, TTo>();
        return MemoryMarshal.CreateSpan(ref Unsafe.As<TFrom, TTo>(ref MemoryMarshal.GetReference(span)), span.Length);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<TTo> As<TFrom, TTo>(ReadOnlySpan<TFrom> span)
    {
        ThrowIfDifferent<TFrom, TTo>();
        return MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<TFrom, TTo>(ref MemoryMarshal.GetReference(span)), span.Length);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TTo As<TFrom, TTo>(TFrom value)
    {
        ThrowIfDifferent<TFrom, TTo>();
        return Unsafe.As<TFrom, TTo>(ref value);
    }

    // Folded away by the JIT for every valid instantiation.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ThrowIfDifferent<TFrom, TTo>()
    {
        if (typeof(TFrom) != typeof(TTo))
        {
            throw new InvalidOperationException($"{typeof(TFrom)} is not {typeof(TTo)}.");
        }
    }
}
