using System.Numerics;

namespace L2Analyzers;

/// <summary>
/// One plain-SGD step with L2 regularization in any <see cref="L2Mode"/>, and the combination of a mode with any
/// <see cref="IOptimizer{T}"/>. The float and double paths are vectorized, read weights and gradients once, write
/// the weights once, allocate nothing, and round exactly as the scalar formulas do (no fused multiply-add).
/// </summary>
public static class L2Update
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
        if (weights.Length != gradients.Length)
        {
            throw new ArgumentException(
                $"weights has {weights.Length} elements but gradients has {gradients.Length}.", nameof(gradients));
        }

        L2Range.ThrowIfInvalid(mode, double.CreateTruncating(lambda), nameof(lambda));
        L2Range.ThrowIfInvalidLearningRate(double.CreateTruncating(learningRate), nameof(learningRate));
        L2StepKernel.Run(mode, lambda, weights, gradients, learningRate);
    }

    /// <summary>
    /// Applies one step of <paramref name="optimizer"/> to a weight parameter regularized in <paramref name="mode"/>:
    /// GradientPenalty is coupled (<c>g ← g + λw</c> in <see cref="Parameter{T}.Gradients"/>, then the optimizer step, so
    /// the penalty enters momentum and Adam's moments, as PyTorch's <c>weight_decay</c>); WeightDecay, ScaledWeightDecay
    /// (with the optimizer's η) and DecayFactor are decoupled (the weights shrink first, then the optimizer steps, as
    /// AdamW). With <see cref="SgdOptimizer{T}"/> the two happen in one fused pass (<see cref="Step{T}"/>).
    /// Generated and runtime layers both call this for their weights; biases go to the optimizer directly.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> or <paramref name="lambda"/> is invalid.</exception>
    public static void RegularizedStep<T>(IOptimizer<T> optimizer, Parameter<T> weights, L2Mode mode, T lambda)
        where T : IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(optimizer);
        ArgumentNullException.ThrowIfNull(weights);
        if (optimizer is SgdOptimizer<T>)
        {
            Step(mode, lambda, weights.Values, weights.Gradients, optimizer.LearningRate);
            return;
        }

        L2Range.ThrowIfInvalid(mode, double.CreateTruncating(lambda), nameof(lambda));
        switch (mode)
        {
            case L2Mode.GradientPenalty:
                L2Kernels.AddPenaltyGradient(lambda, weights.Values, weights.Gradients);
                break;
            case L2Mode.WeightDecay:
                L2Kernels.Decay<T>(weights.Values, T.One - lambda);
                break;
            case L2Mode.ScaledWeightDecay:
                L2Kernels.Decay<T>(weights.Values, T.One - (optimizer.LearningRate * lambda));
                break;
            default:
                L2Kernels.Decay<T>(weights.Values, lambda);
                break;
        }

        optimizer.Step(weights);
    }
}
