namespace L2Analyzers;

/// <summary>
/// A chain of layers trained on one loss, working on mini-batches (row-major, one row per sample).
/// Generated networks (<see cref="NetworkAttribute"/>) implement it with a typed chain; the runtime's
/// trainer drives any implementation.
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
public interface INetwork<T>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>The layers, input side first.</summary>
    IReadOnlyList<ILayer<T>> Layers { get; }

    /// <summary>The loss the network is trained on.</summary>
    LossKind Loss { get; }

    /// <summary>The number of inputs per sample (the first layer's).</summary>
    int InputSize { get; }

    /// <summary>The number of outputs per sample (the last layer's).</summary>
    int OutputSize { get; }

    /// <summary>
    /// Runs every layer on a batch and returns the last layer's activated outputs (batchSize × OutputSize),
    /// in a buffer the network owns and reuses: valid until the next call.
    /// </summary>
    ReadOnlySpan<T> Forward(ReadOnlySpan<T> input, int batchSize);

    /// <summary>
    /// Back-propagates <paramref name="outputGradient"/> (the loss gradient with respect to the outputs of the
    /// last <see cref="Forward"/> on the same <paramref name="input"/>) through every layer, setting all parameter gradients.
    /// <paramref name="outputGradient"/> may be overwritten.
    /// </summary>
    void Backward(ReadOnlySpan<T> input, Span<T> outputGradient, int batchSize);

    /// <summary>Applies one optimizer step to every layer, each with its own L2 setting.</summary>
    void Update(IOptimizer<T> optimizer);
}
