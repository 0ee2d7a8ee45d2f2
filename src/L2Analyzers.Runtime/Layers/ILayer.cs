namespace L2Analyzers;

/// <summary>
/// A trainable layer working on mini-batches: every buffer is row-major with one row per sample.
/// Generated layers (<see cref="DenseLayerAttribute"/>) implement it with their L2 setting compiled in.
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
public interface ILayer<T>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>The number of inputs per sample.</summary>
    int InputSize { get; }

    /// <summary>The number of outputs per sample.</summary>
    int OutputSize { get; }

    /// <summary>The parameter tensors, weights first, then biases.</summary>
    IReadOnlyList<Parameter<T>> Parameters { get; }

    /// <summary>Fills the parameters with seeded random values suited to the activation (biases start at zero).</summary>
    void Initialize(Random random);

    /// <summary>Computes <paramref name="output"/> (batchSize × OutputSize, after the activation) from <paramref name="input"/> (batchSize × InputSize).</summary>
    void Forward(ReadOnlySpan<T> input, Span<T> output, int batchSize);

    /// <summary>
    /// Back-propagates one batch: from the loss gradient with respect to the activated <paramref name="output"/>,
    /// sets every parameter's <see cref="Parameter{T}.Gradients"/> (summed over the batch, divided by batchSize)
    /// and writes the gradient with respect to <paramref name="input"/> into <paramref name="inputGradient"/>
    /// unless it is empty (the first layer needs none). <paramref name="outputGradient"/> may be overwritten.
    /// </summary>
    void Backward(ReadOnlySpan<T> input, ReadOnlySpan<T> output, Span<T> outputGradient, Span<T> inputGradient, int batchSize);

    /// <summary>
    /// Applies one optimizer step to every parameter, with this layer's L2 on the weights: coupled
    /// (GradientPenalty) before the optimizer sees the gradient, decoupled modes on the weights before the step.
    /// Biases are never regularized.
    /// </summary>
    void Update(IOptimizer<T> optimizer);
}
