namespace L2Analyzers;

/// <summary>
/// A fully connected layer configured at run time: <c>a = f(W·x + b)</c> with <c>W</c> (<see cref="OutputSize"/> ×
/// <see cref="InputSize"/>, row-major) and <c>b</c>. Its optional L2 applies to the weights only, never the biases,
/// combined with the optimizer by <see cref="L2Update.RegularizedStep{T}"/>. Generated layers do the same arithmetic
/// through the same kernels, with their settings compiled in.
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
public sealed class DenseLayer<T> : ILayer<T>, IRegularizedLayer
    where T : IFloatingPointIeee754<T>
{
    private readonly Parameter<T>[] parameters;
    private readonly T lambda;

    /// <summary>Creates a layer with zero parameters; call <see cref="Initialize"/> (or load a checkpoint) before training.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A size is not positive or the activation is undefined.</exception>
    public DenseLayer(int inputs, int outputs, Activation activation = Activation.Identity, L2Regularization? l2 = null)
    {
        if (activation is < Activation.Identity or > Activation.Softmax)
        {
            throw new ArgumentOutOfRangeException(nameof(activation), activation, $"activation = {(int)activation} is not a defined Activation.");
        }

        Weights = new Parameter<T>("Weights", ParameterRole.Weight, outputs, inputs);
        Biases = new Parameter<T>("Biases", ParameterRole.Bias, outputs, 1);
        parameters = [Weights, Biases];
        Activation = activation;
        L2 = l2;
        lambda = T.CreateTruncating(l2?.Lambda ?? 0);
    }

    /// <inheritdoc/>
    public int InputSize => Weights.Columns;

    /// <inheritdoc/>
    public int OutputSize => Weights.Rows;

    /// <summary>The activation f.</summary>
    public Activation Activation { get; }

    /// <inheritdoc/>
    public L2Regularization? L2 { get; }

    /// <summary>The weight matrix, outputs × inputs.</summary>
    public Parameter<T> Weights { get; }

    /// <summary>The bias vector, outputs × 1 (never regularized).</summary>
    public Parameter<T> Biases { get; }

    /// <inheritdoc/>
    public IReadOnlyList<Parameter<T>> Parameters => parameters;

    /// <summary>Fills the weights by <see cref="WeightInitialization.Fill"/> for the activation and sets the biases to zero.</summary>
    public void Initialize(Random random)
    {
        WeightInitialization.Fill<T>(Weights.Values, InputSize, OutputSize, Activation, random);
        Array.Clear(Biases.Values);
    }

    /// <inheritdoc/>
    public void Forward(ReadOnlySpan<T> input, Span<T> output, int batchSize)
    {
        DenseKernels.Forward<T>(Weights.Values, Biases.Values, input, output, batchSize);
        Activations.Apply(Activation, output[..(batchSize * OutputSize)], batchSize);
    }

    /// <inheritdoc/>
    public void Backward(ReadOnlySpan<T> input, ReadOnlySpan<T> output, Span<T> outputGradient, Span<T> inputGradient, int batchSize)
    {
        int length = batchSize * OutputSize;
        Activations.Backpropagate(Activation, output[..length], outputGradient[..length], batchSize);
        DenseKernels.Backward<T>(Weights.Values, input, outputGradient, Weights.Gradients, Biases.Gradients, inputGradient, batchSize);
    }

    /// <inheritdoc/>
    public void Update(IOptimizer<T> optimizer)
    {
        if (L2 is { } l2)
        {
            L2Update.RegularizedStep(optimizer, Weights, l2.Mode, lambda);
        }
        else
        {
            optimizer.Step(Weights);
        }

        optimizer.Step(Biases);
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"DenseLayer<{typeof(T).Name}>({InputSize} → {OutputSize}, {Activation}{(L2 is { } l2 ? ", " + l2 : string.Empty)})";
}
