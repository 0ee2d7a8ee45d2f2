using System.Collections.Immutable;
using System.Linq;
using L2Analyzers.Common;
using L2Analyzers.Diagnostics;

namespace L2Analyzers.Conventions.Explanations;

/// <summary>
/// Rule L2R001's explanation and fixes: what the lambda does per step, what it probably meant, and the meant value in
/// each mode. A retention-like lambda in a subtractive mode probably meant "keep λ"; a small DecayFactor probably meant
/// "remove λ" or a gradient penalty.
/// </summary>
internal static class SuspiciousLambda
{
    public static string Explain(L2Mode mode, double lambda, LearningRate? learningRate) =>
        $"it {StepEffect.Describe(mode, lambda, learningRate)}. {Reading(mode, lambda, learningRate)}; " +
        $"as written it equals {Equivalents.Describe(mode, lambda, learningRate, includeOwn: false)}";

    /// <summary>
    /// The rewrites for each plausible reading, the likeliest first; a rewrite that would itself be invalid or suspicious
    /// (a 3% decay per step at a small η is a gradient penalty far above 0.5) is left out.
    /// </summary>
    public static ImmutableArray<ModeChange> Fixes(L2Mode mode, double lambda, LearningRate? learningRate, SuspicionThresholds thresholds) =>
        Readings(mode, lambda, learningRate)
            .Where(change => change.Lambda is { } value &&
                LambdaValidity.Problem(change.Mode, value) is null &&
                !thresholds.IsSuspicious(change.Mode, value))
            .ToImmutableArray();

    private static ImmutableArray<ModeChange> Readings(L2Mode mode, double lambda, LearningRate? learningRate)
    {
        string rule = RuleIds.LambdaSuspiciousForMode;
        if (mode == L2Mode.DecayFactor)
        {
            return ImmutableArray.Create(
                ModeChange.To(rule, L2Mode.WeightDecay, lambda, learningRate),
                ModeChange.To(rule, L2Mode.DecayFactor, 1 - lambda, learningRate),
                ModeChange.To(rule, L2Mode.GradientPenalty, lambda, null));
        }

        if (lambda >= 1)
        {
            return ImmutableArray<ModeChange>.Empty;
        }

        var fixes = ImmutableArray.CreateBuilder<ModeChange>();
        fixes.Add(ModeChange.To(rule, L2Mode.DecayFactor, lambda, learningRate));
        fixes.Add(ModeChange.To(rule, L2Mode.WeightDecay, 1 - lambda, learningRate));
        if (mode != L2Mode.WeightDecay && LambdaConversion.FromDecayPerStep(mode, 1 - lambda, learningRate?.Value) is { } rescaled)
        {
            fixes.Add(ModeChange.To(rule, mode, rescaled, learningRate));
        }

        return fixes.ToImmutable();
    }

    private static string Reading(L2Mode mode, double lambda, LearningRate? learningRate)
    {
        string value = Numbers.Format(lambda);
        if (mode == L2Mode.DecayFactor)
        {
            return $"If {value} was meant as a decay amount (remove {Numbers.Percent(lambda)} per step), write " +
                Equivalents.Describe(L2Mode.WeightDecay, lambda, learningRate, includeOwn: true) +
                $"; if it was meant as a gradient penalty, write " +
                Equivalents.Describe(L2Mode.GradientPenalty, lambda, learningRate, includeOwn: true);
        }

        return lambda < 1
            ? $"If {value} was meant as a retention factor (keep {Numbers.Percent(lambda)} per step), write " +
              Equivalents.Describe(L2Mode.DecayFactor, lambda, learningRate, includeOwn: true)
            : $"Typical values are {Modes.TypicalValues(mode)}";
    }
}
