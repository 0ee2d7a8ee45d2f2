using System;
using System.Globalization;

namespace L2Analyzers;

/// <summary>
/// The valid lambda range of each <see cref="L2Mode"/> and of learning rates (docs/conventions.md, "Valid ranges and stability"):
/// the runtime throws outside them, the generator generates nothing and the analyzers report rule L2R003.
/// </summary>
internal static class L2Range
{
    /// <summary>Whether <paramref name="mode"/> is one of the four defined modes.</summary>
    public static bool IsDefined(L2Mode mode) => mode is >= L2Mode.GradientPenalty and <= L2Mode.DecayFactor;

    /// <summary>Whether <paramref name="lambda"/> is a valid lambda for <paramref name="mode"/>.</summary>
    public static bool Contains(L2Mode mode, double lambda)
    {
        if (!IsFinite(lambda) || lambda < 0)
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

    /// <summary>Whether <paramref name="learningRate"/> is a valid learning rate: finite and positive.</summary>
    public static bool IsValidLearningRate(double learningRate) => IsFinite(learningRate) && learningRate > 0;

    /// <summary>Neither NaN nor infinite (<c>double.IsFinite</c>, which netstandard2.0 lacks).</summary>
    public static bool IsFinite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);

    /// <summary>The valid range of <paramref name="mode"/> in symbols, for messages: <c>0 ≤ λ &lt; 1</c>.</summary>
    public static string Describe(L2Mode mode) => mode switch
    {
        L2Mode.WeightDecay => "0 ≤ λ < 1",
        L2Mode.DecayFactor => "0 < λ < 1",
        _ => "0 ≤ λ < ∞",
    };

    // The checks below are small enough to be inlined into the hot paths that call them (L2Update.Step once per
    // parameter and step); the messages are built in the throw helpers, which are not.

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is undefined or <paramref name="lambda"/> is outside its range.</exception>
    public static void ThrowIfInvalid(L2Mode mode, double lambda, string parameterName)
    {
        if (!IsDefined(mode) || !Contains(mode, lambda))
        {
            ThrowInvalid(mode, lambda, parameterName);
        }
    }

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined <see cref="L2Mode"/>.</exception>
    public static void ThrowIfUndefined(L2Mode mode, string parameterName)
    {
        if (!IsDefined(mode))
        {
            ThrowUndefined(mode, parameterName);
        }
    }

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="learningRate"/> is not finite and positive.</exception>
    public static void ThrowIfInvalidLearningRate(double learningRate, string parameterName)
    {
        if (!IsValidLearningRate(learningRate))
        {
            ThrowInvalidLearningRate(learningRate, parameterName);
        }
    }

    private static void ThrowInvalid(L2Mode mode, double lambda, string parameterName)
    {
        ThrowIfUndefined(mode, nameof(mode));
        throw new ArgumentOutOfRangeException(
            parameterName,
            lambda,
            $"{parameterName} = {Format(lambda)} is outside the valid range of L2Mode.{mode}: {Describe(mode)}.");
    }

    private static void ThrowInvalidLearningRate(double learningRate, string parameterName) =>
        throw new ArgumentOutOfRangeException(
            parameterName,
            learningRate,
            $"{parameterName} = {Format(learningRate)} is not a valid learning rate: it must be finite and 0 < η < ∞.");

    private static void ThrowUndefined(L2Mode mode, string parameterName) =>
        throw new ArgumentOutOfRangeException(
            parameterName,
            mode,
            $"{parameterName} = {(int)mode} is not a defined L2Mode (valid: GradientPenalty, WeightDecay, ScaledWeightDecay, DecayFactor).");

    /// <summary>Formats a number for exception messages, round-trippable and culture-independent.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
