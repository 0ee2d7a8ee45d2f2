using System.Numerics;

namespace L2Analyzers;

/// <summary>
/// A gradient-descent optimizer. It only applies the data-gradient step; L2 is combined by the caller
/// (a layer's <see cref="ILayer{T}.Update"/>): a coupled penalty is added to the gradient before
/// <see cref="Step"/>, a decoupled decay is applied to the values before it.
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
public interface IOptimizer<T>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>The current learning rate η (ScaledWeightDecay multiplies its lambda by it).</summary>
    T LearningRate { get; }

    /// <summary>Updates <paramref name="parameter"/>'s values from its gradients, keeping per-parameter state.</summary>
    void Step(Parameter<T> parameter);
}
