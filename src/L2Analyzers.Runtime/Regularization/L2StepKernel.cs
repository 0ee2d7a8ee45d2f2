using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using L2Analyzers.Numerics;

namespace L2Analyzers;

/// <summary>
/// The formulas of <see cref="L2Update.Step{T}"/>, one kernel per mode on w and g, run in one pass by
/// <see cref="ElementwiseLoop"/>. The coefficient c (C0) and the learning rate η (C1) are broadcast once per call.
/// </summary>
internal static class L2StepKernel
{
    // Reading w and g and writing w, 512-bit vectors were as fast or faster up to 8 MiB; beyond it Vector<T> reached
    // 0.99–1.03 of the best plain loop and 512-bit vectors 0.93–0.99.
    private const long StepWideVectorLimit = 8 << 20;

    public static void Run<T>(L2Mode mode, T lambda, Span<T> weights, ReadOnlySpan<T> gradients, T learningRate)
        where T : IFloatingPointIeee754<T>
    {
        switch (mode)
        {
            case L2Mode.GradientPenalty:
                Run<T, PenaltyStep<T>>(lambda, learningRate, weights, gradients);
                break;
            case L2Mode.WeightDecay:
                Run<T, SubtractiveDecayStep<T>>(lambda, learningRate, weights, gradients);
                break;
            case L2Mode.ScaledWeightDecay:
                Run<T, SubtractiveDecayStep<T>>(learningRate * lambda, learningRate, weights, gradients);
                break;
            default:
                Run<T, RetentionStep<T>>(lambda, learningRate, weights, gradients);
                break;
        }
    }

    private static void Run<T, TStep>(T coefficient, T eta, Span<T> weights, ReadOnlySpan<T> gradients)
        where T : IFloatingPointIeee754<T>
        where TStep : IElementwiseKernel<T>
    {
        ref T w = ref MemoryMarshal.GetReference(weights);
        ElementwiseLoop.Run<T, TStep>(new(coefficient, eta), ref w, ref MemoryMarshal.GetReference(gradients), ref w, ref w, (nuint)weights.Length);
    }

    /// <summary>GradientPenalty, c = λ: <c>w − η(g + λw)</c>.</summary>
    private readonly struct PenaltyStep<T> : IElementwiseKernel<T>
        where T : IFloatingPointIeee754<T>
    {
        public static int Arrays => 2;

        public static long WideVectorLimit => StepWideVectorLimit;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T Apply(T w, T g, ref T a, ref T b, in Coefficients<T> c) => w - (c.C1 * (g + (c.C0 * w)));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector<T> Apply(Vector<T> w, Vector<T> g, ref Vector<T> a, ref Vector<T> b, in Coefficients<Vector<T>> c) => w - (c.C1 * (g + (c.C0 * w)));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<T> Apply(Vector512<T> w, Vector512<T> g, ref Vector512<T> a, ref Vector512<T> b, in Coefficients<Vector512<T>> c) => w - (c.C1 * (g + (c.C0 * w)));
    }

    /// <summary>WeightDecay (c = λ) and ScaledWeightDecay (c = η·λ): <c>(w − cw) − ηg</c>.</summary>
    private readonly struct SubtractiveDecayStep<T> : IElementwiseKernel<T>
        where T : IFloatingPointIeee754<T>
    {
        public static int Arrays => 2;

        public static long WideVectorLimit => StepWideVectorLimit;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T Apply(T w, T g, ref T a, ref T b, in Coefficients<T> c) => (w - (c.C0 * w)) - (c.C1 * g);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector<T> Apply(Vector<T> w, Vector<T> g, ref Vector<T> a, ref Vector<T> b, in Coefficients<Vector<T>> c) => (w - (c.C0 * w)) - (c.C1 * g);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<T> Apply(Vector512<T> w, Vector512<T> g, ref Vector512<T> a, ref Vector512<T> b, in Coefficients<Vector512<T>> c) => (w - (c.C0 * w)) - (c.C1 * g);
    }

    /// <summary>DecayFactor, c = λ (the retention): <c>λw − ηg</c>.</summary>
    private readonly struct RetentionStep<T> : IElementwiseKernel<T>
        where T : IFloatingPointIeee754<T>
    {
        public static int Arrays => 2;

        public static long WideVectorLimit => StepWideVectorLimit;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T Apply(T w, T g, ref T a, ref T b, in Coefficients<T> c) => (c.C0 * w) - (c.C1 * g);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector<T> Apply(Vector<T> w, Vector<T> g, ref Vector<T> a, ref Vector<T> b, in Coefficients<Vector<T>> c) => (c.C0 * w) - (c.C1 * g);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<T> Apply(Vector512<T> w, Vector512<T> g, ref Vector512<T> a, ref Vector512<T> b, in Coefficients<Vector512<T>> c) => (c.C0 * w) - (c.C1 * g);
    }
}
