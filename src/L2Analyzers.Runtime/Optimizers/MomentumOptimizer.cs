using System.Numerics;
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
        var state = OptimizerStates.GetOrCreate(parameter, static n => new MomentumState<T>(n), nameof(MomentumOptimizer<T>));
        OptimizerStates.ThrowIfOtherLength(parameter, state, "momentum buffer elements");
        var velocity = state.Velocity;
        ref T b = ref MemoryMarshal.GetArrayDataReference(velocity);
        ElementwiseLoop.Run(
            new Kernel(Momentum, LearningRate),
            ref MemoryMarshal.GetArrayDataReference(parameter.Values),
            ref MemoryMarshal.GetArrayDataReference(parameter.Gradients),
            ref b,
            ref b,
            (nuint)velocity.Length);
    }

    /// <summary>The step on w, g and b (in this order): <c>b ← b·μ + g</c>, then <c>w ← w − η·b</c> with the new b.</summary>
    private readonly struct Kernel(T momentum, T learningRate) : IElementwiseKernel<T>
    {
        private readonly Vector<T> momentums = ElementwiseLoop.Broadcast(momentum);
        private readonly Vector<T> learningRates = ElementwiseLoop.Broadcast(learningRate);
        private readonly Vector512<T> momentums512 = ElementwiseLoop.Broadcast512(momentum);
        private readonly Vector512<T> learningRates512 = ElementwiseLoop.Broadcast512(learningRate);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void ApplyElement(ref T w, ref T g, ref T b, ref T unused, nuint i)
        {
            T bi = (Unsafe.Add(ref b, i) * momentum) + Unsafe.Add(ref g, i);
            Unsafe.Add(ref b, i) = bi;
            Unsafe.Add(ref w, i) -= learningRate * bi;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void ApplyVector(ref T w, ref T g, ref T b, ref T unused, nuint i)
        {
            var bi = (Vector.LoadUnsafe(ref b, i) * momentums) + Vector.LoadUnsafe(ref g, i);
            bi.StoreUnsafe(ref b, i);
            (Vector.LoadUnsafe(ref w, i) - (learningRates * bi)).StoreUnsafe(ref w, i);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void ApplyVector512(ref T w, ref T g, ref T b, ref T unused, nuint i)
        {
            var bi = (Vector512.LoadUnsafe(ref b, i) * momentums512) + Vector512.LoadUnsafe(ref g, i);
            bi.StoreUnsafe(ref b, i);
            (Vector512.LoadUnsafe(ref w, i) - (learningRates512 * bi)).StoreUnsafe(ref w, i);
        }
    }
}
