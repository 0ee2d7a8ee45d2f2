namespace L2Analyzers;

/// <summary>
/// A gradient-descent optimizer. It only applies the data-gradient step; L2 is combined by the caller
/// (a layer's <c>Update</c>, through <see cref="L2Update.RegularizedStep{T}"/>): a coupled penalty is added to the gradient before
/// <see cref="Step"/>, a decoupled decay is applied to the values before it.
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
public interface IOptimizer<T>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>The current learning rate η (ScaledWeightDecay multiplies its lambda by it).</summary>
    T LearningRate { get; }

    /// <summary>
    /// Whether <see cref="Step"/> is exactly <c>w ← w − η·g</c> with <see cref="LearningRate"/> and keeps no state, so that
    /// <see cref="L2Update.RegularizedStep{T}"/> may fuse the L2 term and the step into one pass (<see cref="L2Update.Step{T}"/>).
    /// False unless the optimizer says so.
    /// </summary>
    bool IsPlainGradientStep => false;

    /// <summary>Updates <paramref name="parameter"/>'s values from its gradients, keeping per-parameter state.</summary>
    void Step(Parameter<T> parameter);
}
