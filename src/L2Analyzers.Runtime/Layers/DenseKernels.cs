using System.Numerics;

namespace L2Analyzers;

/// <summary>
/// The arithmetic of a fully connected layer over a mini-batch, shared by generated layers and the runtime's
/// own. Weights are row-major <c>outputs × inputs</c>; batches are row-major with one row per sample.
/// </summary>
public static class DenseKernels
{
    /// <summary><c>output[b, o] = Σ_i W[o, i]·input[b, i] + bias[o]</c> (before the activation).</summary>
    public static void Forward<T>(ReadOnlySpan<T> weights, ReadOnlySpan<T> biases, ReadOnlySpan<T> input, Span<T> output, int batchSize)
        where T : IFloatingPointIeee754<T>
    {
        int outputs = biases.Length;
        int inputs = weights.Length / outputs;
        for (int b = 0; b < batchSize; b++)
        {
            var x = input.Slice(b * inputs, inputs);
            for (int o = 0; o < outputs; o++)
            {
                T sum = biases[o];
                var row = weights.Slice(o * inputs, inputs);
                for (int i = 0; i < inputs; i++)
                {
                    sum += row[i] * x[i];
                }

                output[(b * outputs) + o] = sum;
            }
        }
    }

    /// <summary>
    /// From <c>dz</c> (loss gradient with respect to the pre-activations) sets the batch-mean gradients
    /// <c>dW[o, i] = Σ_b dz[b, o]·input[b, i] / B</c> and <c>db[o] = Σ_b dz[b, o] / B</c>, and, unless
    /// <paramref name="inputGradient"/> is empty, <c>dx[b, i] = Σ_o dz[b, o]·W[o, i]</c>.
    /// </summary>
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
        int inputs = weights.Length / outputs;
        T scale = T.One / T.CreateChecked(batchSize);
        weightGradients.Clear();
        biasGradients.Clear();
        for (int b = 0; b < batchSize; b++)
        {
            var x = input.Slice(b * inputs, inputs);
            for (int o = 0; o < outputs; o++)
            {
                T dz = preActivationGradient[(b * outputs) + o] * scale;
                biasGradients[o] += dz;
                var gradientRow = weightGradients.Slice(o * inputs, inputs);
                for (int i = 0; i < inputs; i++)
                {
                    gradientRow[i] += dz * x[i];
                }
            }
        }

        if (inputGradient.IsEmpty)
        {
            return;
        }

        inputGradient.Clear();
        for (int b = 0; b < batchSize; b++)
        {
            var dx = inputGradient.Slice(b * inputs, inputs);
            for (int o = 0; o < outputs; o++)
            {
                T dz = preActivationGradient[(b * outputs) + o];
                var row = weights.Slice(o * inputs, inputs);
                for (int i = 0; i < inputs; i++)
                {
                    dx[i] += dz * row[i];
                }
            }
        }
    }
}
