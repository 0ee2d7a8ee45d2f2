using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;

namespace L2Analyzers.Conventions;

/// <summary>
/// Rule L2R001's per-mode thresholds as set for a file: <see cref="SuspicionThreshold.Default"/> unless .editorconfig
/// sets one (see <see cref="Key"/>); what a threshold means is <see cref="SuspicionThreshold"/>'s.
/// </summary>
internal sealed class SuspicionThresholds
{
    /// <summary>Every threshold's default.</summary>
    public const double DefaultThreshold = SuspicionThreshold.Default;

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

    /// <summary>The default for every mode.</summary>
    public static SuspicionThresholds Default { get; } =
        new(DefaultThreshold, DefaultThreshold, DefaultThreshold, DefaultThreshold);

    /// <summary>The .editorconfig key of a mode's threshold: <c>L2R001.weight_decay_threshold</c>.</summary>
    public static string Key(L2Mode mode) => mode switch
    {
        L2Mode.GradientPenalty => "L2R001.gradient_penalty_threshold",
        L2Mode.WeightDecay => "L2R001.weight_decay_threshold",
        L2Mode.ScaledWeightDecay => "L2R001.scaled_weight_decay_threshold",
        _ => "L2R001.decay_factor_threshold",
    };

    /// <summary>
    /// The thresholds set in <paramref name="options"/>; a key that is missing, not a number in invariant culture, or
    /// not usable for its mode (<see cref="SuspicionThreshold.IsUsable"/>) keeps its default.
    /// </summary>
    public static SuspicionThresholds Read(AnalyzerConfigOptions options)
    {
        double Get(L2Mode mode) =>
            options.TryGetValue(Key(mode), out var text) &&
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) &&
            SuspicionThreshold.IsUsable(mode, value)
                ? value
                : DefaultThreshold;

        return new SuspicionThresholds(
            Get(L2Mode.GradientPenalty), Get(L2Mode.WeightDecay), Get(L2Mode.ScaledWeightDecay), Get(L2Mode.DecayFactor));
    }

    /// <summary>The threshold of <paramref name="mode"/>.</summary>
    public double For(L2Mode mode) => mode switch
    {
        L2Mode.GradientPenalty => gradientPenalty,
        L2Mode.WeightDecay => weightDecay,
        L2Mode.ScaledWeightDecay => scaledWeightDecay,
        _ => decayFactor,
    };

    /// <summary>Whether a valid <paramref name="lambda"/> looks like it was written in another convention.</summary>
    public bool IsSuspicious(L2Mode mode, double lambda) => SuspicionThreshold.IsSuspicious(mode, lambda, For(mode));
}
