using System.Collections.Generic;
using L2Analyzers.Common;

namespace L2Analyzers.Conventions;

/// <summary>Writes a lambda in every mode it converts to: "DecayFactor 0.97 = WeightDecay 0.03 = GradientPenalty 0.6 … at η = 0.05".</summary>
internal static class Equivalents
{
    /// <summary>
    /// <paramref name="lambda"/> in <paramref name="mode"/> written in the other modes, or in all modes including its own when
    /// <paramref name="includeOwn"/>; modes that need an unknown η are left out.
    /// </summary>
    public static string Describe(L2Mode mode, double lambda, LearningRate? learningRate, bool includeOwn)
    {
        var parts = new List<string>();
        bool usedLearningRate = false;
        foreach (var target in Order(mode))
        {
            if (target == mode && !includeOwn)
            {
                continue;
            }

            if (LambdaConversion.Convert(mode, lambda, target, null) is { } direct)
            {
                parts.Add($"{Modes.Name(target)} {Numbers.Format(direct)}");
            }
            else if (LambdaConversion.Convert(mode, lambda, target, learningRate?.Value) is { } scaled)
            {
                parts.Add($"{Modes.Name(target)} {Numbers.Format(scaled)}");
                usedLearningRate = true;
            }
        }

        string text = string.Join(" = ", parts);
        return usedLearningRate && learningRate is { } eta
            ? $"{text} at η = {Numbers.Format(eta.Value)} ({eta.Source})"
            : text;
    }

    /// <summary>The mode first, then its η-free partner, then the other pair.</summary>
    private static IEnumerable<L2Mode> Order(L2Mode mode) => mode switch
    {
        L2Mode.WeightDecay => [L2Mode.WeightDecay, L2Mode.DecayFactor, L2Mode.GradientPenalty, L2Mode.ScaledWeightDecay],
        L2Mode.DecayFactor => [L2Mode.DecayFactor, L2Mode.WeightDecay, L2Mode.GradientPenalty, L2Mode.ScaledWeightDecay],
        L2Mode.GradientPenalty => [L2Mode.GradientPenalty, L2Mode.ScaledWeightDecay, L2Mode.WeightDecay, L2Mode.DecayFactor],
        _ => [L2Mode.ScaledWeightDecay, L2Mode.GradientPenalty, L2Mode.WeightDecay, L2Mode.DecayFactor],
    };
}
