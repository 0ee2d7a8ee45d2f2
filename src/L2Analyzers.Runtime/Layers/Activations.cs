using System.Numerics.Tensors;

namespace L2Analyzers;

/// <summary>Activation functions and their derivatives over a mini-batch, in place (vectorized through TensorPrimitives).</summary>
public static class Activations
{
    /// <summary>Replaces each pre-activation <c>z</c> in <paramref name="values"/> (batchSize rows) by <c>a = f(z)</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The activation is undefined, or for softmax the length is not a positive multiple of the batch size.</exception>
    public static void Apply<T>(Activation activation, Span<T> values, int batchSize)
        where T : IFloatingPointIeee754<T>
    {
        switch (activation)
        {
            case Activation.Identity:
                break;
            case Activation.Tanh:
                TensorPrimitives.Tanh(values, values);
                break;
            case Activation.Sigmoid:
                TensorPrimitives.Sigmoid(values, values);
                break;
            case Activation.ReLU:
                TensorPrimitives.Max(values, T.Zero, values);
                break;
            case Activation.Softmax:
                int width = RowWidth(values.Length, batchSize);
                for (int b = 0; b < batchSize; b++)
                {
                    var row = values.Slice(b * width, width);
                    TensorPrimitives.Subtract(row, TensorPrimitives.Max(row), row); // e^{z − max}: no overflow
                    TensorPrimitives.Exp(row, row);
                    TensorPrimitives.Divide(row, TensorPrimitives.Sum(row), row);
                }

                break;
            default:
                throw UndefinedActivation(activation);
        }
    }

    /// <summary>
    /// Turns the loss gradient with respect to the activated outputs <c>∂L/∂a</c> in <paramref name="gradient"/>
    /// into the gradient with respect to the pre-activations <c>∂L/∂z</c>, given the activated <paramref name="output"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The activation is undefined, or for softmax the length is not a positive multiple of the batch size.</exception>
    public static void Backpropagate<T>(Activation activation, ReadOnlySpan<T> output, Span<T> gradient, int batchSize)
        where T : IFloatingPointIeee754<T>
    {
        output = output[..gradient.Length];
        switch (activation)
        {
            case Activation.Identity:
                break;
            case Activation.Tanh:
                for (int i = 0; i < gradient.Length; i++)
                {
                    gradient[i] *= T.One - (output[i] * output[i]);
                }

                break;
            case Activation.Sigmoid:
                for (int i = 0; i < gradient.Length; i++)
                {
                    gradient[i] *= output[i] * (T.One - output[i]);
                }

                break;
            case Activation.ReLU:
                for (int i = 0; i < gradient.Length; i++)
                {
                    gradient[i] = output[i] > T.Zero ? gradient[i] : T.Zero;
                }

                break;
            case Activation.Softmax:
                // dz_i = a_i·(da_i − Σ_j a_j·da_j): the softmax Jacobian applied to da, per sample.
                int width = RowWidth(gradient.Length, batchSize);
                for (int b = 0; b < batchSize; b++)
                {
                    var a = output.Slice(b * width, width);
                    var g = gradient.Slice(b * width, width);
                    TensorPrimitives.Subtract(g, TensorPrimitives.Dot(a, g), g);
                    TensorPrimitives.Multiply(g, a, g);
                }

                break;
            default:
                throw UndefinedActivation(activation);
        }
    }

    private static int RowWidth(int length, int batchSize)
    {
        if (batchSize <= 0 || length % batchSize != 0 || length == 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(batchSize), batchSize, $"batchSize = {batchSize} does not divide the {length} values into whole, non-empty rows.");
        }

        return length / batchSize;
    }

    private static ArgumentOutOfRangeException UndefinedActivation(Activation activation) =>
        new(nameof(activation), activation, $"activation = {(int)activation} is not a defined Activation (valid: Identity, Tanh, Sigmoid, ReLU, Softmax).");
}
