using L2Analyzers.Common;
using L2Analyzers.Diagnostics;

namespace L2Analyzers.Conventions.Explanations;

/// <summary>
/// Rule L2R005's explanation and fix: under an adaptive optimizer a coupled penalty is divided by the running RMS,
/// so use ScaledWeightDecay (AdamW) with the plain-SGD equivalent value, which is the same λ.
/// </summary>
internal static class AdaptiveCoupling
{
    public static string Explain(double? lambda, Optimizer optimizer)
    {
        string value = lambda is { } known ? $" with Lambda = {Numbers.Format(known)}" : string.Empty;
        string suggestion = lambda is { } same ? $"Mode = ScaledWeightDecay, Lambda = {Numbers.Format(same)}" : "Mode = ScaledWeightDecay";
        return $"Mode = GradientPenalty{value} under {optimizer.Name} ({optimizer.Source}): {optimizer.Name} divides the " +
            "penalty λ·w by its running RMS, so weights with large gradients are barely decayed. Use " +
            $"{suggestion} (decoupled like AdamW: w ← w − η·λ·w, the same value under plain SGD)";
    }

    /// <summary>The rewrite to decoupled decay; the lambda carries over unchanged (λ_s = λ_g).</summary>
    public static ModeChange Fix(double? lambda)
    {
        var change = new ModeChange(RuleIds.CoupledL2UnderAdaptiveOptimizer + ".ScaledWeightDecay", string.Empty, L2Mode.ScaledWeightDecay, null);
        string value = lambda is { } known ? $", Lambda = {Numbers.Format(known)}" : string.Empty;
        return change with { Title = $"Decouple the decay (AdamW): Mode = ScaledWeightDecay{value}" };
    }
}
