using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using L2Analyzers.Numerics;

namespace L2Analyzers;

/// <summary>
/// SGD with heavy-ball momentum exactly as PyTorch's <c>SGD(lr=η, momentum=μ)</c> (dampening 0, no Nesterov):
/// <c>b ← μ·b + g</c> (b starts at zero, so the first step has b = g), then <c>w ← w − η·b</c>.
/// How L2 combines (in <see cref="L2Update.RegularizedStep{T}"/>): GradientPenalty is coupled, <c>g ← g + λ·w</c> enters
/// the momentum buffer, exactly PyTorch's <c>SGD(momentum=μ, weight_decay=λ)</c>, and its decay accumulates to about
/// <c>η·λ/(1 − μ)</c> per step. WeightDecay, ScaledWeightDecay and DecayFactor are decoupled: the weights are shrunk
/// first (<c>w ← (1 − λ)·w</c>, <c>(1 − η·λ)·w</c>, <c>λ·w</c>), then this step runs on the unregularized gradient.
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
public sealed class MomentumOptimizer<T> : IOptimizer<T>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>Creates the optimizer.</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="learningRate"/> is not finite and positive, or <paramref name="momentum"/> is not in [0, 1).
    /// </exception>
    public MomentumOptimizer(double learningRate, double momentum)
    {
        L2Range.ThrowIfInvalidLearningRate(learningRate, nameof(learningRate));
        if (!(momentum >= 0 && momentum < 1))
        {
            throw new ArgumentOutOfRangeException(
                nameof(momentum), momentum, $"momentum = {L2Range.Format(momentum)} is not a valid momentum μ: it must be 0 ≤ μ < 1.");
        }

        LearningRate = T.CreateChecked(learningRate);
        Momentum = T.CreateChecked(momentum);
    }

    /// <inheritdoc/>
    public T LearningRate { get; }

    /// <summary>The momentum μ.</summary>
    public T Momentum { get; }

    /// <summary>
    /// Applies <c>b ← μ·b + g</c>, <c>w ← w − η·b</c> in one pass (b is read once), keeping b in a <see cref="MomentumState{T}"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The parameter holds another optimizer's state.</exception>
    /// <exception cref="ArgumentException">The parameter holds a momentum buffer of another length.</exception>
    public void Step(Parameter<T> parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        var state = OptimizerStates.GetOrCreate(parameter, static n => new MomentumState<T>(n), nameof(MomentumOptimizer<T>), "momentum buffer elements");
        ref T b = ref MemoryMarshal.GetArrayDataReference(state.Velocity);
        ElementwiseLoop.Run<T, Kernel>(
            new(Momentum, LearningRate),
            ref MemoryMarshal.GetArrayDataReference(parameter.Values),
            ref MemoryMarshal.GetArrayDataReference(parameter.Gradients),
            ref b,
            ref b,
            (nuint)state.Length);
    }

    /// <summary>The step on w, g and the velocity b with C0 = μ and C1 = η: <c>b ← b·μ + g</c>, then <c>w ← w − η·b</c> with the new b.</summary>
    private readonly struct Kernel : IElementwiseKernel<T>
    {
        public static int Arrays => 3;

        // Stores to a velocity not aligned as w split cache lines: from 1.5 MiB on Vector<T> was 6–45 % faster, and as
        // fast below.
        public static long WideVectorLimit => 1 << 20;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T Apply(T w, T g, ref T b, ref T unused, in Coefficients<T> c)
        {
            b = (b * c.C0) + g;
            return w - (c.C1 * b);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector<T> Apply(Vector<T> w, Vector<T> g, ref Vector<T> b, ref Vector<T> unused, in Coefficients<Vector<T>> c)
        {
            b = (b * c.C0) + g;
            return w - (c.C1 * b);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<T> Apply(Vector512<T> w, Vector512<T> g, ref Vector512<T> b, ref Vector512<T> unused, in Coefficients<Vector512<T>> c)
        {
            b = (b * c.C0) + g;
            return w - (c.C1 * b);
        }
    }
}
