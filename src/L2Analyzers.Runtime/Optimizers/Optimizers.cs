namespace L2Analyzers;

/// <summary>Creates optimizers from a <see cref="OptimizerKind"/>; generated networks call <see cref="Create{T}"/>.</summary>
public static class Optimizers
{
    /// <summary>
    /// Creates a <see cref="SgdOptimizer{T}"/>, <see cref="MomentumOptimizer{T}"/> or <see cref="AdamOptimizer{T}"/>
    /// (PyTorch's default betas and ε). <paramref name="momentum"/> is used by <see cref="OptimizerKind.Momentum"/> only.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="kind"/> is undefined, <paramref name="learningRate"/> is not finite and positive, or (for Momentum)
    /// <paramref name="momentum"/> is not in [0, 1).
    /// </exception>
    public static IOptimizer<T> Create<T>(OptimizerKind kind, double learningRate, double momentum)
        where T : IFloatingPointIeee754<T> => kind switch
        {
            OptimizerKind.Sgd => new SgdOptimizer<T>(learningRate),
            OptimizerKind.Momentum => new MomentumOptimizer<T>(learningRate, momentum),
            OptimizerKind.Adam => new AdamOptimizer<T>(learningRate),
            _ => throw new ArgumentOutOfRangeException(
                nameof(kind), kind, $"kind = {(int)kind} is not a defined OptimizerKind (valid: Sgd, Momentum, Adam)."),
        };
}
