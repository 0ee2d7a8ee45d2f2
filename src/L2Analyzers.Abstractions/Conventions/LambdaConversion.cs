namespace L2Analyzers;

/// <summary>
/// The arithmetic of converting a lambda between modes (docs/conventions.md, "Equivalences"), through the fraction
/// d of each weight one plain-SGD step removes: d = η·λ (GradientPenalty, ScaledWeightDecay), λ (WeightDecay) or
/// 1 − λ (DecayFactor). GradientPenalty and ScaledWeightDecay convert into each other, and WeightDecay and DecayFactor
/// into each other, without η; across the two pairs the learning rate is needed. No range checks: the runtime's
/// <see cref="L2Convention"/> checks, the analyzers judge.
/// </summary>
internal static class LambdaConversion
{
    /// <summary>Whether the weights shrink by η·λ per step (GradientPenalty under plain SGD, ScaledWeightDecay).</summary>
    public static bool ScalesWithLearningRate(L2Mode mode) => mode is L2Mode.GradientPenalty or L2Mode.ScaledWeightDecay;

    /// <summary>The fraction of each weight one plain-SGD step removes, or null when it depends on an unknown η.</summary>
    public static double? DecayPerStep(L2Mode mode, double lambda, double? learningRate) => mode switch
    {
        L2Mode.WeightDecay => lambda,
        L2Mode.DecayFactor => 1 - lambda,
        _ => learningRate * lambda,
    };

    /// <summary>The lambda of <paramref name="mode"/> that removes <paramref name="decay"/> of each weight per step, or null without a positive η.</summary>
    public static double? FromDecayPerStep(L2Mode mode, double decay, double? learningRate) => mode switch
    {
        L2Mode.WeightDecay => decay,
        L2Mode.DecayFactor => 1 - decay,
        _ => learningRate is > 0 ? decay / learningRate.Value : null,
    };

    /// <summary>
    /// The lambda in <paramref name="to"/> that gives the same plain-SGD updates as <paramref name="lambda"/> in
    /// <paramref name="from"/>, or null when that needs the learning rate and it is not known.
    /// </summary>
    public static double? Convert(L2Mode from, double lambda, L2Mode to, double? learningRate)
    {
        if (from == to || (ScalesWithLearningRate(from) && ScalesWithLearningRate(to)))
        {
            return lambda; // GradientPenalty and ScaledWeightDecay share λ; dividing η·λ by η again would only add rounding.
        }

        return DecayPerStep(from, lambda, learningRate) is { } decay ? FromDecayPerStep(to, decay, learningRate) : null;
    }
}
