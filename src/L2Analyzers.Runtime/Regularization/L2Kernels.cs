using System.Numerics.Tensors;
using L2Analyzers.Numerics;

namespace L2Analyzers;

/// <summary>
/// The regularization terms on their own, for code that combines them with its own optimizer step
/// (generated code and hand-written loops). All kernels work in place, are vectorized, allocate nothing and write
/// through the cache (the weights are read again by the next forward pass).
/// </summary>
public static class L2Kernels
{
    /// <summary>Adds the coupled penalty's gradient: <c>g ← g + λ·w</c> (<see cref="L2Mode.GradientPenalty"/>).</summary>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static void AddPenaltyGradient<T>(T lambda, ReadOnlySpan<T> weights, Span<T> gradients)
        where T : IFloatingPointIeee754<T>
    {
        SpanLengths.ThrowIfDifferent(weights.Length, gradients.Length);
        CachedTensorPrimitives.MultiplyAdd(weights, lambda, gradients, gradients);
    }

    /// <summary>Multiplies every weight by <paramref name="retention"/>: <c>w ← ρ·w</c> (all decoupled modes reduce to this).</summary>
    public static void Decay<T>(Span<T> weights, T retention)
        where T : IFloatingPointIeee754<T> =>
        CachedTensorPrimitives.Multiply<T>(weights, retention, weights);

    /// <summary>
    /// The value of the coupled penalty <c>(λ/2)·Σw²</c> that <paramref name="weights"/> carry, for a gradient-penalty
    /// coefficient <paramref name="penaltyCoefficient"/> (see <see cref="L2Regularization.PenaltyCoefficient"/>).
    /// </summary>
    public static double Penalty<T>(ReadOnlySpan<T> weights, double penaltyCoefficient)
        where T : IFloatingPointIeee754<T> =>
        weights.IsEmpty ? 0 : 0.5 * penaltyCoefficient * double.CreateTruncating(TensorPrimitives.SumOfSquares(weights));
}
