using System.Numerics;
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
    private readonly T negativeLearningRate;

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
        negativeLearningRate = -LearningRate;
    }

    /// <inheritdoc/>
    public T LearningRate { get; }

    /// <summary>The momentum μ.</summary>
    public T Momentum { get; }

    /// <summary>Applies <c>b ← μ·b + g</c>, <c>w ← w − η·b</c>, keeping b in a <see cref="MomentumState{T}"/>.</summary>
    /// <exception cref="InvalidOperationException">The parameter holds another optimizer's state.</exception>
    public void Step(Parameter<T> parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        var velocity = OptimizerState.GetOrCreate(parameter, static n => new MomentumState<T>(n), nameof(MomentumOptimizer<T>)).Velocity;
        CachedTensorPrimitives.MultiplyAdd<T>(velocity, Momentum, parameter.Gradients, velocity);
        CachedTensorPrimitives.MultiplyAdd<T>(velocity, negativeLearningRate, parameter.Values, parameter.Values);
    }
}
