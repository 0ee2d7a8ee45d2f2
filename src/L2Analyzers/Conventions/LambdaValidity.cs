using L2Analyzers.Common;

namespace L2Analyzers.Conventions;

/// <summary>
/// Which lambdas a mode accepts and, for the others, what they do to the weights (l2-conventions.md §3):
/// negative, NaN or infinite is wrong in every mode; WeightDecay needs λ &lt; 1; DecayFactor needs 0 &lt; λ &lt; 1.
/// Learning-rate-dependent limits (η·λ &lt; 1) are <see cref="Stability"/>'s.
/// </summary>
internal static class LambdaValidity
{
    /// <summary>Why <paramref name="lambda"/> is invalid in <paramref name="mode"/>, or null when it is valid.</summary>
    public static string? Problem(L2ModeKind mode, double lambda)
    {
        if (AnyModeProblem(lambda) is { } general)
        {
            return mode == L2ModeKind.DecayFactor && lambda < 0
                ? "a negative retention factor flips the sign of every weight each step"
                : general;
        }

        return mode switch
        {
            L2ModeKind.WeightDecay when lambda >= 1 => WeightFactor.Effect("1 − λ", lambda),
            L2ModeKind.DecayFactor when lambda == 0 => "it sets every weight to 0 each step",
            L2ModeKind.DecayFactor when lambda == 1 => "it keeps every weight as it is, which is no regularization",
            L2ModeKind.DecayFactor when lambda > 1 => $"it grows every weight by {Numbers.Percent(lambda - 1)} per step",
            _ => null,
        };
    }

    /// <summary>Why <paramref name="lambda"/> is invalid whatever the mode (negative, NaN, infinite), or null.</summary>
    public static string? AnyModeProblem(double lambda)
    {
        if (double.IsNaN(lambda))
        {
            return "NaN turns every weight into NaN";
        }

        if (double.IsInfinity(lambda))
        {
            return "an infinite lambda turns every weight into NaN or infinity";
        }

        return lambda < 0 ? "a negative lambda grows the weights instead of shrinking them" : null;
    }

    /// <summary>The valid range, as messages and docs write it.</summary>
    public static string ValidRange(L2ModeKind? mode) => mode switch
    {
        L2ModeKind.WeightDecay => "0 ≤ λ < 1",
        L2ModeKind.DecayFactor => "0 < λ < 1",
        L2ModeKind.GradientPenalty or L2ModeKind.ScaledWeightDecay => "λ ≥ 0 and finite, with η·λ < 1",
        _ => "λ ≥ 0 and finite in every mode",
    };
}
