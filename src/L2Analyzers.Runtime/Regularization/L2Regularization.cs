namespace L2Analyzers;

/// <summary>An L2 setting of a layer's weights: the convention <see cref="Mode"/> and its <see cref="Lambda"/>, validated.</summary>
public readonly record struct L2Regularization
{
    /// <summary>Creates a setting, checking that <paramref name="lambda"/> is valid for <paramref name="mode"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The mode is undefined or lambda is outside its valid range.</exception>
    public L2Regularization(L2Mode mode, double lambda)
    {
        L2Range.ThrowIfInvalid(mode, lambda, nameof(lambda));
        Mode = mode;
        Lambda = lambda;
    }

    /// <summary>The convention <see cref="Lambda"/> is written in.</summary>
    public L2Mode Mode { get; }

    /// <summary>The strength, in the units of <see cref="Mode"/>.</summary>
    public double Lambda { get; }

    /// <summary>
    /// The equivalent GradientPenalty coefficient λ_g at <paramref name="learningRate"/> (the one whose penalty
    /// <c>(λ_g/2)·Σw²</c> regularizes as much under plain SGD).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="learningRate"/> is not finite and positive.</exception>
    public double PenaltyCoefficient(double learningRate)
    {
        L2Range.ThrowIfInvalidLearningRate(learningRate, nameof(learningRate));
        return LambdaConversion.Convert(Mode, Lambda, L2Mode.GradientPenalty, learningRate)!.Value;
    }

    /// <summary>
    /// The decay per plain-SGD step, <c>η·λ_g</c>: the decay part of each step multiplies every weight by one minus it.
    /// Below 1 it shrinks the weights; from 1 it flips their sign every step; from 2 it makes them diverge.
    /// </summary>
    public double DecayPerStep(double learningRate) => LambdaConversion.DecayPerStep(Mode, Lambda, learningRate)!.Value;

    /// <inheritdoc/>
    public override string ToString() => $"L2Mode.{Mode} λ = {L2Range.Format(Lambda)}";
}
