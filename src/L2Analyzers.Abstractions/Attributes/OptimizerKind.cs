namespace L2Analyzers;

/// <summary>The optimizer a network is trained with; decides how each <see cref="L2Mode"/> combines with the step.</summary>
public enum OptimizerKind
{
    /// <summary>Plain stochastic gradient descent, <c>w ← w − η·g</c>.</summary>
    Sgd = 0,

    /// <summary>SGD with heavy-ball momentum, as PyTorch's <c>SGD(momentum)</c>.</summary>
    Momentum = 1,

    /// <summary>Adam (Kingma and Ba), as PyTorch's <c>Adam</c>; with ScaledWeightDecay it is AdamW.</summary>
    Adam = 2,
}
