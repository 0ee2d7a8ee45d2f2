namespace L2Analyzers.TorchSharp;

/// <summary>An L2 convention and its lambda, as an <see cref="L2Attribute"/> or the optimizer's arguments state it.</summary>
/// <param name="Mode">The convention.</param>
/// <param name="Lambda">The strength, in the units of <paramref name="Mode"/>.</param>
internal readonly record struct L2Policy(L2Mode Mode, double Lambda)
{
    /// <summary>Whether the policy changes nothing (a zero penalty or decay; DecayFactor is never 0).</summary>
    public bool IsNone => Lambda == 0 && Mode != L2Mode.DecayFactor;

    /// <summary>Whether the penalty enters the gradient (GradientPenalty) rather than shrinking the weights first.</summary>
    public bool IsCoupled => Mode == L2Mode.GradientPenalty;

    /// <summary>The factor a decoupled policy multiplies each weight by per step at learning rate <paramref name="learningRate"/>.</summary>
    public double RetainedFraction(double learningRate) => Mode switch
    {
        L2Mode.GradientPenalty => 1 - (learningRate * Lambda),
        L2Mode.WeightDecay => 1 - Lambda,
        L2Mode.ScaledWeightDecay => 1 - (learningRate * Lambda),
        _ => Lambda,
    };

    /// <summary>Throws exactly what the runtime throws for this mode, lambda and learning rate (the checks of <see cref="L2Update.Step{T}"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The mode is undefined, or lambda or the learning rate is out of range.</exception>
    public void Validate(double learningRate)
    {
        L2Range.ThrowIfInvalid(Mode, Lambda, "lambda");
        L2Range.ThrowIfInvalidLearningRate(learningRate, nameof(learningRate));
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Mode} {Lambda.ToString("G6", System.Globalization.CultureInfo.InvariantCulture)}";
}
