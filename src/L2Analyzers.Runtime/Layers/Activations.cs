using System.Numerics;

namespace L2Analyzers;

/// <summary>Activation functions and their derivatives over a mini-batch, in place.</summary>
public static class Activations
{
    /// <summary>Replaces each pre-activation <c>z</c> in <paramref name="values"/> (batchSize rows) by <c>a = f(z)</c>.</summary>
    public static void Apply<T>(Activation activation, Span<T> values, int batchSize)
        where T : IFloatingPointIeee754<T>
    {
        switch (activation)
        {
            case Activation.Identity:
                break;
            case Activation.Tanh:
                foreach (ref T v in values)
                {
                    v = T.Tanh(v);
                }

                break;
            case Activation.Sigmoid:
                foreach (ref T v in values)
                {
                    v = T.One / (T.One + T.Exp(-v));
                }

                break;
            case Activation.ReLU:
                foreach (ref T v in values)
                {
                    v = T.Max(v, T.Zero);
                }

                break;
            case Activation.Softmax:
                int width = values.Length / batchSize;
                for (int b = 0; b < batchSize; b++)
                {
                    var row = values.Slice(b * width, width);
                    T max = row[0];
                    foreach (T v in row)
                    {
                        max = T.Max(max, v);
                    }

                    T sum = T.Zero;
                    foreach (ref T v in row)
                    {
                        v = T.Exp(v - max);
                        sum += v;
                    }

                    foreach (ref T v in row)
                    {
                        v /= sum;
                    }
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(activation), activation, "Not a defined Activation.");
        }
    }

    /// <summary>
    /// Turns the loss gradient with respect to the activated outputs <c>∂L/∂a</c> in <paramref name="gradient"/>
    /// into the gradient with respect to the pre-activations <c>∂L/∂z</c>, given the activated <paramref name="output"/>.
    /// </summary>
    public static void Backpropagate<T>(Activation activation, ReadOnlySpan<T> output, Span<T> gradient, int batchSize)
        where T : IFloatingPointIeee754<T>
    {
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
                int width = gradient.Length / batchSize;
                for (int b = 0; b < batchSize; b++)
                {
                    var a = output.Slice(b * width, width);
                    var g = gradient.Slice(b * width, width);
                    T dot = T.Zero;
                    for (int i = 0; i < width; i++)
                    {
                        dot += a[i] * g[i];
                    }

                    for (int i = 0; i < width; i++)
                    {
                        g[i] = a[i] * (g[i] - dot);
                    }
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(activation), activation, "Not a defined Activation.");
        }
    }
}
