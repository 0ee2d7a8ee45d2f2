using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;

namespace L2Analyzers.Conventions;

/// <summary>
/// Rule L2R001's settings for a file: the per-mode thresholds on the raw lambda (<see cref="SuspicionThreshold.Default"/>
/// unless .editorconfig sets one, see <see cref="Key"/>; what a threshold means is <see cref="SuspicionThreshold"/>'s)
/// and the largest accepted fraction of each weight removed per step (<see cref="MaxDecayPerStep"/>).
/// </summary>
internal sealed class SuspicionThresholds
{
    /// <summary>Every threshold's default.</summary>
    public const double DefaultThreshold = SuspicionThreshold.Default;

    private readonly double gradientPenalty;
    private readonly double weightDecay;
    private readonly double scaledWeightDecay;
    private readonly double decayFactor;

    /// <summary>The default of <see cref="MaxDecayPerStep"/>: the bottom of the typical retention range 0.9 … 0.99999.</summary>
    public const double DefaultMaxDecayPerStep = 0.1;

    /// <summary>The .editorconfig key of <see cref="MaxDecayPerStep"/>.</summary>
    public const string MaxDecayPerStepKey = "L2R001.max_decay_per_step";

    private SuspicionThresholds(double gradientPenalty, double weightDecay, double scaledWeightDecay, double decayFactor, double maxDecayPerStep)
    {
        MaxDecayPerStep = maxDecayPerStep;
        this.gradientPenalty = gradientPenalty;
        this.weightDecay = weightDecay;
        this.scaledWeightDecay = scaledWeightDecay;
        this.decayFactor = decayFactor;
    }

    /// <summary>The default for every mode.</summary>
    public static SuspicionThresholds Default { get; } =
        new(DefaultThreshold, DefaultThreshold, DefaultThreshold, DefaultThreshold, DefaultMaxDecayPerStep);

    /// <summary>The largest fraction of each weight a step may remove (0 &lt; d &lt; 1) before a value is suspicious.</summary>
    public double MaxDecayPerStep { get; }

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
    /// not usable for its mode (<see cref="SuspicionThreshold.IsUsable"/>; for <see cref="MaxDecayPerStepKey"/>, 0 &lt; d &lt; 1)
    /// keeps its default.
    /// </summary>
    public static SuspicionThresholds Read(AnalyzerConfigOptions options)
    {
        double Get(string key, double fallback, System.Func<double, bool> usable) =>
            options.TryGetValue(key, out var text) &&
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) &&
            usable(value)
                ? value
                : fallback;
        double Threshold(L2Mode mode) => Get(Key(mode), DefaultThreshold, value => SuspicionThreshold.IsUsable(mode, value));

        return new SuspicionThresholds(
            Threshold(L2Mode.GradientPenalty),
            Threshold(L2Mode.WeightDecay),
            Threshold(L2Mode.ScaledWeightDecay),
            Threshold(L2Mode.DecayFactor),
            Get(MaxDecayPerStepKey, DefaultMaxDecayPerStep, value => value is > 0 and < 1));
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
