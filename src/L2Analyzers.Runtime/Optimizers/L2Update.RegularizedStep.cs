namespace L2Analyzers;

// The combination of an L2 mode with an optimizer: here, above both, so that the L2 kernels know nothing of optimizers.
public static partial class L2Update
{
    /// <summary>
    /// Applies one step of <paramref name="optimizer"/> to a weight parameter regularized in <paramref name="mode"/>:
    /// GradientPenalty is coupled (<c>g ← g + λw</c> in <see cref="Parameter{T}.Gradients"/>, then the optimizer step, so
    /// the penalty enters momentum and Adam's moments, as PyTorch's <c>weight_decay</c>); WeightDecay, ScaledWeightDecay
    /// (with the optimizer's η) and DecayFactor are decoupled (the weights shrink first, then the optimizer steps, as
    /// AdamW). With an optimizer whose <see cref="IOptimizer{T}.IsPlainGradientStep"/> is true (<see cref="SgdOptimizer{T}"/>)
    /// the two happen in one fused pass (<see cref="Step{T}"/>).
    /// Generated and runtime layers both call this for their weights; biases go to the optimizer directly.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> or <paramref name="lambda"/> is invalid.</exception>
    public static void RegularizedStep<T>(IOptimizer<T> optimizer, Parameter<T> weights, L2Mode mode, T lambda)
        where T : IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(optimizer);
        ArgumentNullException.ThrowIfNull(weights);
        if (optimizer.IsPlainGradientStep)
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
