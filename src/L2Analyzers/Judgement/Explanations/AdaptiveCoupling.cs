using L2Analyzers.Conventions;
using L2Analyzers.Diagnostics;

namespace L2Analyzers.Judgement.Explanations;

/// <summary>
/// Rule L2R005: under an adaptive optimizer a coupled penalty is divided by the running RMS, so decay the weights
/// decoupled (ScaledWeightDecay, AdamW) with the same λ (its plain-SGD equivalent) when that is accepted, else the
/// site's typical decoupled value when that is.
/// </summary>
internal static class AdaptiveCoupling
{
    public static Finding Judge(L2Use use, Optimizer optimizer, SuspicionThresholds thresholds)
    {
        string subject = use.Lambda is { } lambda ? use.Words.Subject(L2Mode.GradientPenalty, lambda) : use.Words.ModeOnly(L2Mode.GradientPenalty);
        string effect = $"{subject} adds its penalty to the gradient before {optimizer.Name} rescales it, so weights with large gradients are barely decayed.";
        var value = DecoupledValue(use, thresholds);
        var changes = use.Words.CanWrite(L2Mode.ScaledWeightDecay) && (value is not null || use.Lambda is null)
            ? new[] { Change(use.Words, value) }
            : [];
        return Finding.Of(Descriptors.CoupledL2UnderAdaptiveOptimizer, FindingTarget.Mode, effect, use.Words.Decoupled(value), changes);
    }

    private static ModeChange Change(Wording words, double? value)
    {
        string written = value is { } known ? words.Rewrite(L2Mode.ScaledWeightDecay, known) : words.ModeOnly(L2Mode.ScaledWeightDecay);
        return new ModeChange(RuleIds.CoupledL2UnderAdaptiveOptimizer + ".ScaledWeightDecay", $"Decouple the decay (AdamW): {written}", L2Mode.ScaledWeightDecay, value);
    }

    /// <summary>The same λ decoupled when that is accepted, else the typical decoupled value when that is; null otherwise.</summary>
    public static double? DecoupledValue(L2Use use, SuspicionThresholds thresholds)
    {
        if (use.In(L2Mode.ScaledWeightDecay) is not { } same)
        {
            return null;
        }

        if (Acceptance.Accepts(same, thresholds))
        {
            return same.Lambda;
        }

        double typical = use.Words.Typical(L2Mode.ScaledWeightDecay);
        return Acceptance.Accepts(same.With(L2Mode.ScaledWeightDecay, typical), thresholds) ? typical : null;
    }
}
