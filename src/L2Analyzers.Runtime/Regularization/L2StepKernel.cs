using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace L2Analyzers;

/// <summary>
/// The one-pass loop of <see cref="L2Update.Step{T}"/>: 512-bit vectors where the CPU runs them natively, otherwise
/// <see cref="Vector{T}"/>, four vectors per iteration, and the element-wise formula for the rest (and for element types
/// without SIMD support). Every path rounds identically: a separate multiply and add, never a fused multiply-add.
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
                Run(new PenaltyStep<T>(lambda, learningRate), weights, gradients);
                break;
            case L2Mode.WeightDecay:
                Run(new SubtractiveDecayStep<T>(lambda, learningRate), weights, gradients);
                break;
            case L2Mode.ScaledWeightDecay:
                Run(new SubtractiveDecayStep<T>(learningRate * lambda, learningRate), weights, gradients);
                break;
            default:
                Run(new RetentionStep<T>(lambda, learningRate), weights, gradients);
                break;
        }
    }

    private static void Run<T, TStep>(TStep step, Span<T> weights, ReadOnlySpan<T> gradients)
        where T : IFloatingPointIeee754<T>
        where TStep : struct, IStep<T>
    {
        ref T w = ref MemoryMarshal.GetReference(weights);
        ref T g = ref MemoryMarshal.GetReference(gradients);
        nuint length = (nuint)weights.Length;
        nuint i = 0;
        if (Vector512.IsHardwareAccelerated && Vector512<T>.IsSupported)
        {
            nuint width = (nuint)Vector512<T>.Count;
            for (; i + (4 * width) <= length; i += 4 * width)
            {
                step.Apply(Vector512.LoadUnsafe(ref w, i), Vector512.LoadUnsafe(ref g, i)).StoreUnsafe(ref w, i);
                step.Apply(Vector512.LoadUnsafe(ref w, i + width), Vector512.LoadUnsafe(ref g, i + width)).StoreUnsafe(ref w, i + width);
                step.Apply(Vector512.LoadUnsafe(ref w, i + (2 * width)), Vector512.LoadUnsafe(ref g, i + (2 * width))).StoreUnsafe(ref w, i + (2 * width));
                step.Apply(Vector512.LoadUnsafe(ref w, i + (3 * width)), Vector512.LoadUnsafe(ref g, i + (3 * width))).StoreUnsafe(ref w, i + (3 * width));
            }

            for (; i + width <= length; i += width)
            {
                step.Apply(Vector512.LoadUnsafe(ref w, i), Vector512.LoadUnsafe(ref g, i)).StoreUnsafe(ref w, i);
            }
        }
        else if (Vector.IsHardwareAccelerated && Vector<T>.IsSupported)
        {
            nuint width = (nuint)Vector<T>.Count;
            for (; i + (4 * width) <= length; i += 4 * width)
            {
                step.Apply(Vector.LoadUnsafe(ref w, i), Vector.LoadUnsafe(ref g, i)).StoreUnsafe(ref w, i);
                step.Apply(Vector.LoadUnsafe(ref w, i + width), Vector.LoadUnsafe(ref g, i + width)).StoreUnsafe(ref w, i + width);
                step.Apply(Vector.LoadUnsafe(ref w, i + (2 * width)), Vector.LoadUnsafe(ref g, i + (2 * width))).StoreUnsafe(ref w, i + (2 * width));
                step.Apply(Vector.LoadUnsafe(ref w, i + (3 * width)), Vector.LoadUnsafe(ref g, i + (3 * width))).StoreUnsafe(ref w, i + (3 * width));
            }

            for (; i + width <= length; i += width)
            {
                step.Apply(Vector.LoadUnsafe(ref w, i), Vector.LoadUnsafe(ref g, i)).StoreUnsafe(ref w, i);
            }
        }

        for (; i < length; i++)
        {
            Unsafe.Add(ref w, i) = step.Apply(Unsafe.Add(ref w, i), Unsafe.Add(ref g, i));
        }
    }

    /// <summary>One mode's formula for one element and for whole vectors, rounding the same way in each.</summary>
    private interface IStep<T>
    {
        T Apply(T w, T g);

        Vector<T> Apply(Vector<T> w, Vector<T> g);

        Vector512<T> Apply(Vector512<T> w, Vector512<T> g);
    }

    /// <summary>GradientPenalty: <c>w − η(g + λw)</c>.</summary>
    private readonly struct PenaltyStep<T>(T lambda, T eta) : IStep<T>
        where T : IFloatingPointIeee754<T>
    {
        public T Apply(T w, T g) => w - (eta * (g + (lambda * w)));

        public Vector<T> Apply(Vector<T> w, Vector<T> g) => w - ((g + (w * lambda)) * eta);

        public Vector512<T> Apply(Vector512<T> w, Vector512<T> g) => w - ((g + (w * lambda)) * eta);
    }

    /// <summary>WeightDecay (with λ) and ScaledWeightDecay (with η·λ): <c>(w − λw) − ηg</c>.</summary>
    private readonly struct SubtractiveDecayStep<T>(T decay, T eta) : IStep<T>
        where T : IFloatingPointIeee754<T>
    {
        public T Apply(T w, T g) => (w - (decay * w)) - (eta * g);

        public Vector<T> Apply(Vector<T> w, Vector<T> g) => (w - (w * decay)) - (g * eta);

        public Vector512<T> Apply(Vector512<T> w, Vector512<T> g) => (w - (w * decay)) - (g * eta);
    }

    /// <summary>DecayFactor: <c>λw − ηg</c>.</summary>
    private readonly struct RetentionStep<T>(T retention, T eta) : IStep<T>
        where T : IFloatingPointIeee754<T>
    {
        public T Apply(T w, T g) => (retention * w) - (eta * g);

        public Vector<T> Apply(Vector<T> w, Vector<T> g) => (w * retention) - (g * eta);

        public Vector512<T> Apply(Vector512<T> w, Vector512<T> g) => (w * retention) - (g * eta);
    }
}
