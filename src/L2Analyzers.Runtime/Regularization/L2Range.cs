using System.Globalization;

namespace L2Analyzers;

/// <summary>The valid lambda range of each <see cref="L2Mode"/> and of learning rates (l2-conventions.md §3).</summary>
internal static class L2Range
{
    /// <summary>Whether <paramref name="lambda"/> is a valid lambda for <paramref name="mode"/>.</summary>
    public static bool Contains(L2Mode mode, double lambda)
    {
        if (!double.IsFinite(lambda) || lambda < 0)
        {
            return false;
        }

        return mode switch
        {
            L2Mode.WeightDecay => lambda < 1,
            L2Mode.DecayFactor => lambda > 0 && lambda < 1,
            _ => true,
        };
    }

    /// <summary>The valid range of <paramref name="mode"/> in words, for messages.</summary>
    public static string Describe(L2Mode mode) => mode switch
    {
        L2Mode.GradientPenalty => "0 ≤ λ < ∞ (a finite, non-negative coefficient)",
        L2Mode.WeightDecay => "0 ≤ λ < 1",
        L2Mode.ScaledWeightDecay => "0 ≤ λ < ∞ (a finite, non-negative coefficient)",
        L2Mode.DecayFactor => "0 < λ < 1 (1 is no regularization, above 1 grows the weights)",
        _ => throw UndefinedMode(mode, "mode"),
    };

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is undefined or <paramref name="lambda"/> is outside its range.</exception>
    public static void ThrowIfInvalid(L2Mode mode, double lambda, string parameterName)
    {
        ThrowIfUndefined(mode, nameof(mode));
        if (!Contains(mode, lambda))
        {
            throw new ArgumentOutOfRangeException(
                parameterName,
                lambda,
                $"{parameterName} = {Format(lambda)} is outside the valid range of L2Mode.{mode}: {Describe(mode)}.");
        }
    }

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined <see cref="L2Mode"/>.</exception>
    public static void ThrowIfUndefined(L2Mode mode, string parameterName)
    {
        if (mode is < L2Mode.GradientPenalty or > L2Mode.DecayFactor)
        {
            throw UndefinedMode(mode, parameterName);
        }
    }

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="learningRate"/> is not finite and positive.</exception>
    public static void ThrowIfInvalidLearningRate(double learningRate, string parameterName)
    {
        if (!double.IsFinite(learningRate) || learningRate <= 0)
        {
            throw new ArgumentOutOfRangeException(
                parameterName,
                learningRate,
                $"{parameterName} = {Format(learningRate)} is not a valid learning rate: it must be finite and 0 < η < ∞.");
        }
    }

    /// <summary>Formats a number for messages, round-trippable and culture-independent.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static ArgumentOutOfRangeException UndefinedMode(L2Mode mode, string parameterName) =>
        new(parameterName, mode, $"{parameterName} = {(int)mode} is not a defined L2Mode (valid: GradientPenalty, WeightDecay, ScaledWeightDecay, DecayFactor).");
}
