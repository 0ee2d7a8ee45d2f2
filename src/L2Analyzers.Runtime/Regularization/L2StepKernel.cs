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

    // The coefficients are broadcast once, before the loops, so each vector costs two loads and one store.
    private static void Run<T, TStep>(T coefficient, T eta, Span<T> weights, ReadOnlySpan<T> gradients)
        where T : IFloatingPointIeee754<T>
        where TStep : IStep<T>
    {
        ref T w = ref MemoryMarshal.GetReference(weights);
        ref T g = ref MemoryMarshal.GetReference(gradients);
        nuint length = (nuint)weights.Length;
        nuint i = 0;
        if (Vector512.IsHardwareAccelerated && Vector512<T>.IsSupported)
        {
            nuint width = (nuint)Vector512<T>.Count;
            i = ScalarUntilAligned<T, TStep>(ref w, ref g, length, width, coefficient, eta);
            var c = Vector512.Create(coefficient);
            var e = Vector512.Create(eta);
            for (; i + (4 * width) <= length; i += 4 * width)
            {
                TStep.Apply(Vector512.LoadUnsafe(ref w, i), Vector512.LoadUnsafe(ref g, i), c, e).StoreUnsafe(ref w, i);
                TStep.Apply(Vector512.LoadUnsafe(ref w, i + width), Vector512.LoadUnsafe(ref g, i + width), c, e).StoreUnsafe(ref w, i + width);
                TStep.Apply(Vector512.LoadUnsafe(ref w, i + (2 * width)), Vector512.LoadUnsafe(ref g, i + (2 * width)), c, e).StoreUnsafe(ref w, i + (2 * width));
                TStep.Apply(Vector512.LoadUnsafe(ref w, i + (3 * width)), Vector512.LoadUnsafe(ref g, i + (3 * width)), c, e).StoreUnsafe(ref w, i + (3 * width));
            }

            for (; i + width <= length; i += width)
            {
                TStep.Apply(Vector512.LoadUnsafe(ref w, i), Vector512.LoadUnsafe(ref g, i), c, e).StoreUnsafe(ref w, i);
            }
        }
        else if (Vector.IsHardwareAccelerated && Vector<T>.IsSupported)
        {
            nuint width = (nuint)Vector<T>.Count;
            i = ScalarUntilAligned<T, TStep>(ref w, ref g, length, width, coefficient, eta);
            var c = new Vector<T>(coefficient);
            var e = new Vector<T>(eta);
            for (; i + (4 * width) <= length; i += 4 * width)
            {
                TStep.Apply(Vector.LoadUnsafe(ref w, i), Vector.LoadUnsafe(ref g, i), c, e).StoreUnsafe(ref w, i);
                TStep.Apply(Vector.LoadUnsafe(ref w, i + width), Vector.LoadUnsafe(ref g, i + width), c, e).StoreUnsafe(ref w, i + width);
                TStep.Apply(Vector.LoadUnsafe(ref w, i + (2 * width)), Vector.LoadUnsafe(ref g, i + (2 * width)), c, e).StoreUnsafe(ref w, i + (2 * width));
                TStep.Apply(Vector.LoadUnsafe(ref w, i + (3 * width)), Vector.LoadUnsafe(ref g, i + (3 * width)), c, e).StoreUnsafe(ref w, i + (3 * width));
            }

            for (; i + width <= length; i += width)
            {
                TStep.Apply(Vector.LoadUnsafe(ref w, i), Vector.LoadUnsafe(ref g, i), c, e).StoreUnsafe(ref w, i);
            }
        }

        for (; i < length; i++)
        {
            Unsafe.Add(ref w, i) = TStep.Apply(Unsafe.Add(ref w, i), Unsafe.Add(ref g, i), coefficient, eta);
        }
    }

    // Steps the first elements one by one until the weights are aligned to the vector size, so no vector load or store
    // of the weights straddles two cache lines (as TensorPrimitives does); returns how many. Arrays of more than a few
    // vectors only: for short ones the scalar steps would cost more than the split accesses.
    private static nuint ScalarUntilAligned<T, TStep>(ref T w, ref T g, nuint length, nuint width, T coefficient, T eta)
        where T : IFloatingPointIeee754<T>
        where TStep : IStep<T>
    {
        nuint size = (nuint)Unsafe.SizeOf<T>();
        nuint address = (nuint)Unsafe.ByteOffset(ref Unsafe.NullRef<T>(), ref w);
        nuint head = (((width * size) - (address % (width * size))) % (width * size)) / size;
        if (length < 8 * width || address % size != 0)
        {
            return 0;
        }

        for (nuint i = 0; i < head; i++)
        {
            Unsafe.Add(ref w, i) = TStep.Apply(Unsafe.Add(ref w, i), Unsafe.Add(ref g, i), coefficient, eta);
        }

        return head;
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
