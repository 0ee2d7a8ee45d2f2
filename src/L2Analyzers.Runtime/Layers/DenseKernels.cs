using System.Diagnostics.CodeAnalysis;
using System.Numerics.Tensors;
using L2Analyzers.Numerics;

namespace L2Analyzers;

/// <summary>
/// The arithmetic of a fully connected layer over a mini-batch, shared by generated layers and the runtime's
/// own. Weights are row-major <c>outputs × inputs</c>; batches are row-major with one row per sample. The float and
/// double paths are register-blocked and vectorized (fused multiply-add where the CPU has it); nothing allocates.
/// Buffers may be longer than the batch needs: only the first <c>batchSize</c> rows are read or written.
/// </summary>
public static class DenseKernels
{
    /// <summary><c>output[b, o] = Σ_i W[o, i]·input[b, i] + bias[o]</c> (before the activation).</summary>
    /// <exception cref="ArgumentException">The buffer lengths do not fit the weights' shape and the batch size.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="batchSize"/> is not positive.</exception>
    public static void Forward<T>(ReadOnlySpan<T> weights, ReadOnlySpan<T> biases, ReadOnlySpan<T> input, Span<T> output, int batchSize)
        where T : IFloatingPointIeee754<T>
    {
        int outputs = biases.Length;
        int inputs = InputsOf(weights.Length, outputs);
        RequireRows(input.Length, batchSize, inputs, nameof(input));
        RequireRows(output.Length, batchSize, outputs, nameof(output));
        MatrixProducts.MultiplyTransposedAddBias(input, weights, biases, output, batchSize, outputs, inputs);
    }

    /// <summary>
    /// From <c>dz</c> (loss gradient with respect to the pre-activations) sets the batch-mean gradients
    /// <c>dW[o, i] = Σ_b dz[b, o]·input[b, i] / B</c> and <c>db[o] = Σ_b dz[b, o] / B</c>, and, unless
    /// <paramref name="inputGradient"/> is empty, <c>dx[b, i] = Σ_o dz[b, o]·W[o, i]</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The buffer lengths do not fit the weights' shape and the batch size.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="batchSize"/> is not positive.</exception>
    public static void Backward<T>(
        ReadOnlySpan<T> weights,
        ReadOnlySpan<T> input,
        ReadOnlySpan<T> preActivationGradient,
        Span<T> weightGradients,
        Span<T> biasGradients,
        Span<T> inputGradient,
        int batchSize)
        where T : IFloatingPointIeee754<T>
    {
        int outputs = biasGradients.Length;
        int inputs = InputsOf(weights.Length, outputs);
        RequireRows(input.Length, batchSize, inputs, nameof(input));
        RequireRows(preActivationGradient.Length, batchSize, outputs, nameof(preActivationGradient));
        if (weightGradients.Length != weights.Length)
        {
            throw new ArgumentException($"weightGradients has {weightGradients.Length} elements but weights has {weights.Length}.", nameof(weightGradients));
        }

        T scale = T.One / T.CreateChecked(batchSize);
        MatrixProducts.MultiplyStrided(preActivationGradient, 1, outputs, input, weightGradients, outputs, inputs, batchSize, scale);

        preActivationGradient[..outputs].CopyTo(biasGradients);
        for (int b = 1; b < batchSize; b++)
        {
            TensorPrimitives.Add(biasGradients, preActivationGradient.Slice(b * outputs, outputs), biasGradients);
        }

        if (batchSize > 1)
        {
            TensorPrimitives.Multiply(biasGradients, scale, biasGradients);
        }

        if (!inputGradient.IsEmpty)
        {
            RequireRows(inputGradient.Length, batchSize, inputs, nameof(inputGradient));
            MatrixProducts.MultiplyStrided(preActivationGradient, outputs, 1, weights, inputGradient, batchSize, inputs, outputs, T.One);
        }
    }

    private static int InputsOf(int weights, int outputs)
    {
        if (outputs == 0 || weights == 0 || weights % outputs != 0)
        {
            ThrowShape(weights, outputs);
        }

        return weights / outputs;
    }

    private static void RequireRows(int length, int batchSize, int width, string name)
    {
        if (batchSize <= 0 || length < (long)batchSize * width)
        {
            ThrowRows(length, batchSize, width, name);
        }
    }

    [DoesNotReturn]
    private static void ThrowShape(int weights, int outputs) =>
        throw new ArgumentException($"weights has {weights} elements, which is not a positive multiple of the {outputs} outputs (the bias length).", nameof(weights));

    [DoesNotReturn]
    private static void ThrowRows(int length, int batchSize, int width, string name)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        throw new ArgumentException($"{name} has {length} elements but a batch of {batchSize} × {width} needs {(long)batchSize * width}.", name);
    }
}
