using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using L2Analyzers.Numerics;

namespace L2Analyzers;

/// <summary>
/// The one-pass loop of <see cref="L2Update.Step{T}"/>, run by <see cref="ElementwiseLoop"/> (512-bit vectors where the CPU
/// runs them natively). Every path rounds identically: a separate multiply and add, never a fused multiply-add.
/// The stores are ordinary (cached) ones: the weights are read again by the next forward pass.
/// </summary>
internal static class L2StepKernel
{
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

    // The coefficients are broadcast once, before the loop, so each vector costs two loads and one store.
    private static void Run<T, TStep>(T coefficient, T eta, Span<T> weights, ReadOnlySpan<T> gradients)
        where T : IFloatingPointIeee754<T>
        where TStep : IStep<T>
    {
        ref T w = ref MemoryMarshal.GetReference(weights);
        ref T g = ref MemoryMarshal.GetReference(gradients);
        ElementwiseLoop.Run(new StepKernel<T, TStep>(coefficient, eta), ref w, ref g, ref g, ref g, (nuint)weights.Length);
    }

    /// <summary>A mode's <see cref="IStep{T}"/> on the weights (first array) and the gradients (second).</summary>
    private readonly struct StepKernel<T, TStep>(T coefficient, T eta) : IElementwiseKernel<T>
        where T : IFloatingPointIeee754<T>
        where TStep : IStep<T>
    {
        private readonly Vector<T> coefficients = ElementwiseLoop.Broadcast(coefficient);
        private readonly Vector<T> etas = ElementwiseLoop.Broadcast(eta);
        private readonly Vector512<T> coefficients512 = ElementwiseLoop.Broadcast512(coefficient);
        private readonly Vector512<T> etas512 = ElementwiseLoop.Broadcast512(eta);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void ApplyElement(ref T w, ref T g, ref T unused1, ref T unused2, nuint i) =>
            Unsafe.Add(ref w, i) = TStep.Apply(Unsafe.Add(ref w, i), Unsafe.Add(ref g, i), coefficient, eta);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void ApplyVector(ref T w, ref T g, ref T unused1, ref T unused2, nuint i) =>
            TStep.Apply(Vector.LoadUnsafe(ref w, i), Vector.LoadUnsafe(ref g, i), coefficients, etas).StoreUnsafe(ref w, i);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void ApplyVector512(ref T w, ref T g, ref T unused1, ref T unused2, nuint i) =>
            TStep.Apply(Vector512.LoadUnsafe(ref w, i), Vector512.LoadUnsafe(ref g, i), coefficients512, etas512).StoreUnsafe(ref w, i);
    }

    /// <summary>One mode's formula, with its coefficient c and the learning rate η, for one element and for whole vectors.</summary>
    private interface IStep<T>
    {
        static abstract T Apply(T w, T g, T c, T eta);

        static abstract Vector<T> Apply(Vector<T> w, Vector<T> g, Vector<T> c, Vector<T> eta);

        static abstract Vector512<T> Apply(Vector512<T> w, Vector512<T> g, Vector512<T> c, Vector512<T> eta);
    }

    /// <summary>GradientPenalty, c = λ: <c>w − η(g + λw)</c>.</summary>
    private readonly struct PenaltyStep<T> : IStep<T>
        where T : IFloatingPointIeee754<T>
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T Apply(T w, T g, T c, T eta) => w - (eta * (g + (c * w)));

        public static Vector<T> Apply(Vector<T> w, Vector<T> g, Vector<T> c, Vector<T> eta) => w - (eta * (g + (c * w)));

        public static Vector512<T> Apply(Vector512<T> w, Vector512<T> g, Vector512<T> c, Vector512<T> eta) => w - (eta * (g + (c * w)));
    }

    /// <summary>WeightDecay (c = λ) and ScaledWeightDecay (c = η·λ): <c>(w − cw) − ηg</c>.</summary>
    private readonly struct SubtractiveDecayStep<T> : IStep<T>
        where T : IFloatingPointIeee754<T>
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T Apply(T w, T g, T c, T eta) => (w - (c * w)) - (eta * g);

        public static Vector<T> Apply(Vector<T> w, Vector<T> g, Vector<T> c, Vector<T> eta) => (w - (c * w)) - (eta * g);

        public static Vector512<T> Apply(Vector512<T> w, Vector512<T> g, Vector512<T> c, Vector512<T> eta) => (w - (c * w)) - (eta * g);
    }

    /// <summary>DecayFactor, c = λ (the retention): <c>λw − ηg</c>.</summary>
    private readonly struct RetentionStep<T> : IStep<T>
        where T : IFloatingPointIeee754<T>
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T Apply(T w, T g, T c, T eta) => (c * w) - (eta * g);

        public static Vector<T> Apply(Vector<T> w, Vector<T> g, Vector<T> c, Vector<T> eta) => (c * w) - (eta * g);

        public static Vector512<T> Apply(Vector512<T> w, Vector512<T> g, Vector512<T> c, Vector512<T> eta) => (c * w) - (eta * g);
    }
}
