using System.Numerics;

namespace L2Analyzers;

/// <summary>
/// The regularization terms on their own, for code that combines them with its own optimizer step
/// (generated code and hand-written loops). All kernels work in place and allocate nothing.
/// </summary>
public static class L2Kernels
{
    /// <summary>Adds the coupled penalty's gradient: <c>g ← g + λ·w</c> (<see cref="L2Mode.GradientPenalty"/>).</summary>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static void AddPenaltyGradient<T>(T lambda, ReadOnlySpan<T> weights, Span<T> gradients)
        where T : IFloatingPointIeee754<T>
    {
        RequireSameLength(weights.Length, gradients.Length);
        for (int i = 0; i < weights.Length; i++)
        {
            gradients[i] += lambda * weights[i];
        }
    }

    /// <summary>Multiplies every weight by <paramref name="retention"/>: <c>w ← ρ·w</c> (all decoupled modes reduce to this).</summary>
    public static void Decay<T>(Span<T> weights, T retention)
        where T : IFloatingPointIeee754<T>
    {
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] *= retention;
        }
    }

    private static void RequireSameLength(int weights, int gradients)
    {
        if (weights != gradients)
        {
            throw new ArgumentException($"weights has {weights} elements but gradients has {gradients}.");
        }
    }
}
