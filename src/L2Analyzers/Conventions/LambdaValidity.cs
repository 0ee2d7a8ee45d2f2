namespace L2Analyzers.Conventions;

/// <summary>
/// What an invalid lambda does to the weights, in words for messages; which lambdas are valid is <see cref="L2Range"/>'s
/// (docs/conventions.md, "Valid ranges and stability"). Learning-rate-dependent limits (η·λ &lt; 1) are <see cref="Stability"/>'s.
/// </summary>
internal static class LambdaValidity
{
    /// <summary>Why <paramref name="lambda"/> is invalid in <paramref name="mode"/>, or null when it is valid.</summary>
    public static string? Problem(L2Mode mode, double lambda)
    {
        if (L2Range.Contains(mode, lambda))
        {
            return null;
        }

        if (AnyModeProblem(lambda) is { } general)
        {
            return mode == L2Mode.DecayFactor && lambda < 0
                ? "a negative retention factor flips the sign of every weight each step"
                : general;
        }

        return mode switch
        {
            L2Mode.WeightDecay => WeightFactor.Effect("1 − λ", lambda),
            L2Mode.DecayFactor when lambda == 0 => "it sets every weight to 0 each step",
            L2Mode.DecayFactor when lambda == 1 => "it keeps every weight as it is, which is no regularization",
            _ => $"it grows every weight by {Numbers.Percent(lambda - 1)} per step",
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
            return "an infinite value turns every weight into NaN or infinity";
        }

        return lambda < 0 ? "a negative value grows the weights instead of shrinking them" : null;
    }

    /// <summary>The valid range, as messages and docs write it; for the η-scaled modes with the stability limit.</summary>
    public static string ValidRange(L2Mode? mode) => mode switch
    {
        { } known when LambdaConversion.ScalesWithLearningRate(known) => L2Range.Describe(known) + ", with η·λ < 1",
        { } known => L2Range.Describe(known),
        _ => "λ ≥ 0 and finite in every mode",
    };
}
