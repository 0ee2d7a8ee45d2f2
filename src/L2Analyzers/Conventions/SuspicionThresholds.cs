using System.Globalization;
using L2Analyzers.Common;
using Microsoft.CodeAnalysis.Diagnostics;

namespace L2Analyzers.Conventions;

/// <summary>
/// Where rule L2R001 starts: GradientPenalty, WeightDecay and ScaledWeightDecay lambdas at or above their threshold
/// look like retention factors; DecayFactor lambdas below its threshold look like penalties or decay amounts.
/// Each threshold is 0.5 by default and can be set per file in .editorconfig (see <see cref="Key"/>).
/// </summary>
internal sealed class SuspicionThresholds
{
    /// <summary>Every threshold's default.</summary>
    public const double DefaultThreshold = 0.5;

    private readonly double gradientPenalty;
    private readonly double weightDecay;
    private readonly double scaledWeightDecay;
    private readonly double decayFactor;

    private SuspicionThresholds(double gradientPenalty, double weightDecay, double scaledWeightDecay, double decayFactor)
    {
        this.gradientPenalty = gradientPenalty;
        this.weightDecay = weightDecay;
        this.scaledWeightDecay = scaledWeightDecay;
        this.decayFactor = decayFactor;
    }

    /// <summary>0.5 for every mode.</summary>
    public static SuspicionThresholds Default { get; } =
        new(DefaultThreshold, DefaultThreshold, DefaultThreshold, DefaultThreshold);

    /// <summary>The .editorconfig key of a mode's threshold: <c>L2R001.weight_decay_threshold</c>.</summary>
    public static string Key(L2ModeKind mode) => mode switch
    {
        L2ModeKind.GradientPenalty => "L2R001.gradient_penalty_threshold",
        L2ModeKind.WeightDecay => "L2R001.weight_decay_threshold",
        L2ModeKind.ScaledWeightDecay => "L2R001.scaled_weight_decay_threshold",
        _ => "L2R001.decay_factor_threshold",
    };

    /// <summary>
    /// The thresholds set in <paramref name="options"/>; a key that is missing, not a number in invariant culture, or
    /// outside its range (positive; at most 1 for DecayFactor) keeps its default.
    /// </summary>
    public static SuspicionThresholds Read(AnalyzerConfigOptions options)
    {
        double Get(L2ModeKind mode) =>
            options.TryGetValue(Key(mode), out var text) &&
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) &&
            value > 0 && !double.IsInfinity(value) && (mode != L2ModeKind.DecayFactor || value <= 1)
                ? value
                : DefaultThreshold;

        return new SuspicionThresholds(
            Get(L2ModeKind.GradientPenalty), Get(L2ModeKind.WeightDecay), Get(L2ModeKind.ScaledWeightDecay), Get(L2ModeKind.DecayFactor));
    }

    /// <summary>The threshold of <paramref name="mode"/>.</summary>
    public double For(L2ModeKind mode) => mode switch
    {
        L2ModeKind.GradientPenalty => gradientPenalty,
        L2ModeKind.WeightDecay => weightDecay,
        L2ModeKind.ScaledWeightDecay => scaledWeightDecay,
        _ => decayFactor,
    };

    /// <summary>Whether a valid <paramref name="lambda"/> looks like it was written in another convention.</summary>
    public bool IsSuspicious(L2ModeKind mode, double lambda) =>
        mode == L2ModeKind.DecayFactor ? lambda < decayFactor : lambda >= For(mode);
}
