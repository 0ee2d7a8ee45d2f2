using System.Numerics;

namespace L2Analyzers;

/// <summary>One plain-SGD step with L2 regularization in any <see cref="L2Mode"/>.</summary>
public static class L2Update
{
    /// <summary>
    /// Performs one plain-SGD step of <paramref name="mode"/> on <paramref name="weights"/>, in place:
    /// GradientPenalty <c>w ← w − η(g + λw)</c>; WeightDecay <c>w ← w − λw</c> then <c>w ← w − ηg</c>;
    /// ScaledWeightDecay <c>w ← w − ηλw</c> then <c>w ← w − ηg</c>; DecayFactor <c>w ← λw</c> then <c>w ← w − ηg</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined mode.</exception>
    public static void Step<T>(L2Mode mode, T lambda, Span<T> weights, ReadOnlySpan<T> gradients, T learningRate)
        where T : IFloatingPointIeee754<T>
    {
        if (weights.Length != gradients.Length)
        {
            throw new ArgumentException(
                $"weights has {weights.Length} elements but gradients has {gradients.Length}.", nameof(gradients));
        }

        switch (mode)
        {
            case L2Mode.GradientPenalty:
                for (int i = 0; i < weights.Length; i++)
                {
                    weights[i] -= learningRate * (gradients[i] + lambda * weights[i]);
                }
                break;
            case L2Mode.WeightDecay:
                for (int i = 0; i < weights.Length; i++)
                {
                    T w = weights[i] - lambda * weights[i];
                    weights[i] = w - learningRate * gradients[i];
                }
                break;
            case L2Mode.ScaledWeightDecay:
                for (int i = 0; i < weights.Length; i++)
                {
                    T w = weights[i] - learningRate * lambda * weights[i];
                    weights[i] = w - learningRate * gradients[i];
                }
                break;
            case L2Mode.DecayFactor:
                for (int i = 0; i < weights.Length; i++)
                {
                    T w = lambda * weights[i];
                    weights[i] = w - learningRate * gradients[i];
                }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(mode), mode, "Not a defined L2Mode.");
        }
    }
}
