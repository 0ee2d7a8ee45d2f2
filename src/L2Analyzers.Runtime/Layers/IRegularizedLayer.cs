namespace L2Analyzers;

/// <summary>
/// A layer that states its L2 setting, so the trainer can report the penalty value and explain a divergence by η·λ.
/// The runtime's <see cref="DenseLayer{T}"/> implements it; generated layers implement it with their constants.
/// </summary>
public interface IRegularizedLayer
{
    /// <summary>The L2 setting of the layer's weights, or null when they are not regularized.</summary>
    L2Regularization? L2 { get; }
}
