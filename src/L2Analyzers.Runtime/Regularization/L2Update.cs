namespace L2Analyzers;

/// <summary>
/// One plain-SGD step with L2 regularization in any <see cref="L2Mode"/>, and (<c>RegularizedStep</c>, in the optimizers'
/// folder) the combination of a mode with any optimizer. The float and double paths are vectorized, read weights and gradients once, write
/// the weights once, allocate nothing, and round exactly as the scalar formulas do (no fused multiply-add).
/// </summary>
public static partial class L2Update
{
    /// <summary>
    /// Performs one plain-SGD step of <paramref name="mode"/> on <paramref name="weights"/>, in place:
    /// GradientPenalty <c>w ← w − η(g + λw)</c>; WeightDecay <c>w ← w − λw</c> then <c>w ← w − ηg</c>;
    /// ScaledWeightDecay <c>w ← w − ηλw</c> then <c>w ← w − ηg</c>; DecayFactor <c>w ← λw</c> then <c>w ← w − ηg</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="mode"/> is not a defined mode, <paramref name="lambda"/> is outside its valid range, or
    /// <paramref name="learningRate"/> is not finite and positive.
    /// </exception>
    public static void Step<T>(L2Mode mode, T lambda, Span<T> weights, ReadOnlySpan<T> gradients, T learningRate)
        where T : IFloatingPointIeee754<T>
    {
        SpanLengths.ThrowIfDifferent(weights.Length, gradients.Length);
        L2Range.ThrowIfInvalid(mode, double.CreateTruncating(lambda), nameof(lambda));
        L2Range.ThrowIfInvalidLearningRate(double.CreateTruncating(learningRate), nameof(learningRate));
        L2StepKernel.Run(mode, lambda, weights, gradients, learningRate);
    }
}
