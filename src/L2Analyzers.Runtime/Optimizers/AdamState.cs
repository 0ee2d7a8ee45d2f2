using System.Numerics;

namespace L2Analyzers;

/// <summary>The per-parameter state of <see cref="AdamOptimizer{T}"/>, kept in <see cref="Parameter{T}.OptimizerState"/>.</summary>
/// <typeparam name="T">float or double.</typeparam>
public sealed class AdamState<T>
    where T : IFloatingPointIeee754<T>
{
    internal AdamState(int length)
    {
        FirstMoment = new T[length];
        SecondMoment = new T[length];
    }

    /// <summary>The number of steps taken, t (PyTorch's <c>step</c>).</summary>
    public long Step { get; internal set; }

    /// <summary>The first-moment estimate m (PyTorch's <c>exp_avg</c>).</summary>
    public T[] FirstMoment { get; }

    /// <summary>The second-moment estimate v (PyTorch's <c>exp_avg_sq</c>).</summary>
    public T[] SecondMoment { get; }
}
