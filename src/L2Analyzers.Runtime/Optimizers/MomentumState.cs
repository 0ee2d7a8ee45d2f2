using System.Numerics;

namespace L2Analyzers;

/// <summary>The per-parameter state of <see cref="MomentumOptimizer{T}"/>, kept in <see cref="Parameter{T}.OptimizerState"/>.</summary>
/// <typeparam name="T">float or double.</typeparam>
public sealed class MomentumState<T>
    where T : IFloatingPointIeee754<T>
{
    internal MomentumState(int length) => Velocity = new T[length];

    /// <summary>The momentum buffer <c>b</c>, one element per parameter value (PyTorch's <c>momentum_buffer</c>).</summary>
    public T[] Velocity { get; }
}
