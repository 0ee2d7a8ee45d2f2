namespace L2Analyzers;

/// <summary>
/// A network configured at run time as a chain of layers trained on one loss. Its activation and gradient buffers
/// grow to the largest batch seen and are reused: a forward/backward step allocates nothing.
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
/// <example>
/// <code>
/// var network = new Sequential&lt;float&gt;(LossKind.CrossEntropy,
///     new DenseLayer&lt;float&gt;(784, 128, Activation.ReLU, new L2Regularization(L2Mode.ScaledWeightDecay, 0.01)),
///     new DenseLayer&lt;float&gt;(128, 10, Activation.Softmax));
/// network.Initialize(seed: 1);
/// </code>
/// </example>
public sealed class Sequential<T> : INetwork<T>
    where T : IFloatingPointIeee754<T>
{
    private readonly ILayer<T>[] layers;
    private readonly T[][] activations;
    private T[] gradientA = [];
    private T[] gradientB = [];
    private int capacity;

    /// <summary>Chains <paramref name="layers"/>, input side first.</summary>
    /// <exception cref="ArgumentException">There are no layers, or a layer's input size differs from the previous layer's output size.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The loss kind is undefined.</exception>
    public Sequential(LossKind loss, params ILayer<T>[] layers)
    {
        ArgumentNullException.ThrowIfNull(layers);
        if (loss is < LossKind.MeanSquaredError or > LossKind.CrossEntropy)
        {
            throw new ArgumentOutOfRangeException(nameof(loss), loss, $"loss = {(int)loss} is not a defined LossKind.");
        }

        if (layers.Length == 0)
        {
            throw new ArgumentException("A network needs at least one layer.", nameof(layers));
        }

        for (int l = 0; l < layers.Length; l++)
        {
            ArgumentNullException.ThrowIfNull(layers[l], $"{nameof(layers)}[{l}]");
            if (l > 0 && layers[l].InputSize != layers[l - 1].OutputSize)
            {
                throw new ArgumentException(
                    $"Layer {l} ({layers[l]}) takes {layers[l].InputSize} inputs but layer {l - 1} ({layers[l - 1]}) gives {layers[l - 1].OutputSize} outputs.",
                    nameof(layers));
            }
        }

        this.layers = (ILayer<T>[])layers.Clone();
        activations = new T[layers.Length][];
        Loss = loss;
    }

    /// <inheritdoc/>
    public IReadOnlyList<ILayer<T>> Layers => layers;

    /// <inheritdoc/>
    public LossKind Loss { get; }

    /// <inheritdoc/>
    public int InputSize => layers[0].InputSize;

    /// <inheritdoc/>
    public int OutputSize => layers[^1].OutputSize;

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="input"/> is shorter than batchSize × InputSize.</exception>
    public ReadOnlySpan<T> Forward(ReadOnlySpan<T> input, int batchSize)
    {
        EnsureCapacity(batchSize);
        RequireLength(input.Length, batchSize, InputSize, nameof(input));
        var current = input[..(batchSize * InputSize)];
        for (int l = 0; l < layers.Length; l++)
        {
            var output = activations[l].AsSpan(0, batchSize * layers[l].OutputSize);
            layers[l].Forward(current, output, batchSize);
            current = output;
        }

        return current;
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">A buffer is too short, or the batch is larger than the last <see cref="Forward"/>'s buffers.</exception>
    public void Backward(ReadOnlySpan<T> input, Span<T> outputGradient, int batchSize)
    {
        if (batchSize > capacity)
        {
            throw new ArgumentException($"batchSize = {batchSize} exceeds the batch of the last Forward ({capacity}); call Forward on the same batch first.", nameof(batchSize));
        }

        RequireLength(input.Length, batchSize, InputSize, nameof(input));
        RequireLength(outputGradient.Length, batchSize, OutputSize, nameof(outputGradient));
        var upstream = outputGradient[..(batchSize * OutputSize)];
        for (int l = layers.Length - 1; l >= 0; l--)
        {
            var layer = layers[l];
            int inputLength = batchSize * layer.InputSize;
            var layerInput = l == 0 ? input[..inputLength] : activations[l - 1].AsSpan(0, inputLength);
            var downstream = l == 0 ? Span<T>.Empty : (l % 2 == 0 ? gradientA : gradientB).AsSpan(0, inputLength);
            layer.Backward(layerInput, activations[l].AsSpan(0, batchSize * layer.OutputSize), upstream, downstream, batchSize);
            upstream = downstream;
        }
    }

    /// <inheritdoc/>
    public void Update(IOptimizer<T> optimizer)
    {
        ArgumentNullException.ThrowIfNull(optimizer);
        foreach (var layer in layers)
        {
            layer.Update(optimizer);
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"Sequential<{typeof(T).Name}>({Loss}: {string.Join(", ", (IEnumerable<ILayer<T>>)layers)})";

    private static void RequireLength(int length, int batchSize, int width, string name)
    {
        if (length < (long)batchSize * width)
        {
            throw new ArgumentException($"{name} has {length} elements but a batch of {batchSize} × {width} needs {(long)batchSize * width}.", name);
        }
    }

    private void EnsureCapacity(int batchSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        if (batchSize <= capacity)
        {
            return;
        }

        int widest = 0; // the widest input gradient passed between layers (the first layer needs none)
        for (int l = 0; l < layers.Length; l++)
        {
            activations[l] = new T[batchSize * layers[l].OutputSize];
            widest = l == 0 ? 0 : Math.Max(widest, layers[l].InputSize);
        }

        gradientA = new T[batchSize * widest];
        gradientB = new T[batchSize * widest];
        capacity = batchSize;
    }
}
