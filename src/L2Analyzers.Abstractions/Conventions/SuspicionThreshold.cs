namespace L2Analyzers;

/// <summary>
/// Where a valid lambda starts to look written in another convention (rule L2R001; docs/conventions.md,
/// "The four modes"): GradientPenalty, WeightDecay and ScaledWeightDecay lambdas at or above the threshold look like
/// retention factors, DecayFactor lambdas below it look like penalties or decay amounts.
/// </summary>
internal static class SuspicionThreshold
{
    /// <summary>Every mode's threshold unless configured otherwise.</summary>
    public const double Default = 0.5;

    /// <summary>Whether <paramref name="threshold"/> can be used for <paramref name="mode"/>: positive, finite, at most 1 for DecayFactor.</summary>
    public static bool IsUsable(L2Mode mode, double threshold) =>
        threshold > 0 && L2Range.IsFinite(threshold) && (mode != L2Mode.DecayFactor || threshold <= 1);

    /// <summary>Whether a valid <paramref name="lambda"/> of <paramref name="mode"/> looks written in another convention.</summary>
    public static bool IsSuspicious(L2Mode mode, double lambda, double threshold) =>
        mode == L2Mode.DecayFactor ? lambda < threshold : lambda >= threshold;
}
