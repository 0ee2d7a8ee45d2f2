using L2Analyzers.Common;

namespace L2Analyzers.Conventions;

/// <summary>
/// Converts a lambda between modes through the fraction of each weight one plain-SGD step removes,
/// d = η·λ (GradientPenalty, ScaledWeightDecay), λ (WeightDecay) or 1 − λ (DecayFactor) (l2-conventions.md §2).
/// GradientPenalty and ScaledWeightDecay convert into each other, and WeightDecay and DecayFactor into each
/// other, without η; across the two pairs the learning rate is needed.
/// </summary>
internal static class LambdaConversion
{
    /// <summary>The fraction of each weight one plain-SGD step removes, or null when it depends on an unknown η.</summary>
    public static double? DecayPerStep(L2ModeKind mode, double lambda, double? learningRate) => mode switch
    {
        L2ModeKind.WeightDecay => lambda,
        L2ModeKind.DecayFactor => 1 - lambda,
        _ => learningRate * lambda,
    };

    /// <summary>The lambda of <paramref name="mode"/> that removes <paramref name="decay"/> of each weight per step, or null without a usable η.</summary>
    public static double? FromDecayPerStep(L2ModeKind mode, double decay, double? learningRate) => mode switch
    {
        L2ModeKind.WeightDecay => decay,
        L2ModeKind.DecayFactor => 1 - decay,
        _ => learningRate is > 0 ? decay / learningRate.Value : null,
    };

    /// <summary>
    /// The lambda in <paramref name="to"/> that gives the same plain-SGD updates as <paramref name="lambda"/> in
    /// <paramref name="from"/>, or null when that needs the learning rate and it is not known.
    /// </summary>
    public static double? Convert(L2ModeKind from, double lambda, L2ModeKind to, double? learningRate)
    {
        if (from == to || (Modes.ScalesWithLearningRate(from) && Modes.ScalesWithLearningRate(to)))
        {
            return lambda;
        }

        return DecayPerStep(from, lambda, learningRate) is { } decay ? FromDecayPerStep(to, decay, learningRate) : null;
    }
}
