using L2Analyzers.Numerics;

namespace L2Analyzers;

/// <summary>
/// Plain stochastic gradient descent, <c>w ← w − η·g</c>, as PyTorch's <c>SGD</c> without momentum.
/// How L2 combines (in <see cref="L2Update.RegularizedStep{T}"/>): every mode is then exactly
/// <see cref="L2Update.Step{T}"/>, fused into one pass; GradientPenalty λ equals PyTorch's <c>SGD(weight_decay=λ)</c>.
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
public sealed class SgdOptimizer<T> : IOptimizer<T>
    where T : IFloatingPointIeee754<T>
{
    private readonly T negativeLearningRate;

    /// <summary>Creates the optimizer.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="learningRate"/> is not finite and positive.</exception>
    public SgdOptimizer(double learningRate)
    {
        L2Range.ThrowIfInvalidLearningRate(learningRate, nameof(learningRate));
        LearningRate = T.CreateChecked(learningRate);
        negativeLearningRate = -LearningRate;
    }

    /// <inheritdoc/>
    public T LearningRate { get; }

    /// <summary>True: the step is <c>w ← w − η·g</c> and keeps no state, so an L2 term fuses with it.</summary>
    public bool IsPlainGradientStep => true;

    /// <summary>Applies <c>w ← w − η·g</c>; keeps no state.</summary>
    public void Step(Parameter<T> parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        CachedTensorPrimitives.MultiplyAdd<T>(parameter.Gradients, negativeLearningRate, parameter.Values, parameter.Values);
    }
}
