using System.Numerics.Tensors;

namespace L2Analyzers;

/// <summary>
/// The data losses of <see cref="LossKind"/> over a mini-batch (rows of activated outputs and of targets), shared by
/// generated networks and the runtime's trainer. Gradients are per sample, with respect to the activated outputs;
/// <see cref="DenseKernels.Backward"/> averages the parameter gradients over the batch.
/// </summary>
public static class Losses
{
    /// <summary>
    /// The probability below which cross-entropy treats an output as this floor (Keras' epsilon), so that
    /// <c>ln a</c> and <c>y/a</c> stay finite.
    /// </summary>
    public const double CrossEntropyFloor = 1e-7;

    /// <summary>
    /// Writes the per-sample gradient <c>∂ℓ/∂a</c> into <paramref name="outputGradient"/> and returns the mean loss
    /// over the batch: mean squared error <c>ℓ = ½·Σ(a − y)²</c>, gradient <c>a − y</c>; cross-entropy
    /// <c>ℓ = −Σ y·ln(max(a, floor))</c>, gradient <c>−y / max(a, floor)</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The buffers do not hold batchSize whole rows of one width.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The loss kind is undefined or the batch size is not positive.</exception>
    public static double Evaluate<T>(LossKind loss, ReadOnlySpan<T> outputs, ReadOnlySpan<T> targets, Span<T> outputGradient, int batchSize)
        where T : IFloatingPointIeee754<T>
    {
        RequireBatch(outputs.Length, targets.Length, batchSize);
        if (outputGradient.Length != outputs.Length)
        {
            throw new ArgumentException($"outputGradient has {outputGradient.Length} elements but outputs has {outputs.Length}.", nameof(outputGradient));
        }

        switch (loss)
        {
            case LossKind.MeanSquaredError:
                TensorPrimitives.Subtract(outputs, targets, outputGradient);
                return 0.5 * double.CreateTruncating(TensorPrimitives.SumOfSquares<T>(outputGradient)) / batchSize;
            case LossKind.CrossEntropy:
                T floor = T.CreateTruncating(CrossEntropyFloor);
                for (int i = 0; i < outputs.Length; i++)
                {
                    outputGradient[i] = -targets[i] / T.Max(outputs[i], floor);
                }

                return CrossEntropy(outputs, targets, floor) / batchSize;
            default:
                throw UndefinedLoss(loss);
        }
    }

    /// <summary>The mean loss over the batch, as <see cref="Evaluate"/> returns it, without the gradient.</summary>
    /// <exception cref="ArgumentException">The buffers do not hold batchSize whole rows of one width.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The loss kind is undefined or the batch size is not positive.</exception>
    public static double Value<T>(LossKind loss, ReadOnlySpan<T> outputs, ReadOnlySpan<T> targets, int batchSize)
        where T : IFloatingPointIeee754<T>
    {
        RequireBatch(outputs.Length, targets.Length, batchSize);
        switch (loss)
        {
            case LossKind.MeanSquaredError:
                double sum = 0;
                for (int i = 0; i < outputs.Length; i++)
                {
                    double difference = double.CreateTruncating(outputs[i] - targets[i]);
                    sum += difference * difference;
                }

                return 0.5 * sum / batchSize;
            case LossKind.CrossEntropy:
                return CrossEntropy(outputs, targets, T.CreateTruncating(CrossEntropyFloor)) / batchSize;
            default:
                throw UndefinedLoss(loss);
        }
    }

    private static double CrossEntropy<T>(ReadOnlySpan<T> outputs, ReadOnlySpan<T> targets, T floor)
        where T : IFloatingPointIeee754<T>
    {
        double sum = 0;
        for (int i = 0; i < outputs.Length; i++)
        {
            if (targets[i] != T.Zero)
            {
                sum -= double.CreateTruncating(targets[i]) * Math.Log(double.CreateTruncating(T.Max(outputs[i], floor)));
            }
        }

        return sum;
    }

    private static void RequireBatch(int outputs, int targets, int batchSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        if (outputs != targets || outputs == 0 || outputs % batchSize != 0)
        {
            throw new ArgumentException(
                $"outputs has {outputs} elements and targets {targets}: both must hold the same {batchSize} non-empty rows.", nameof(targets));
        }
    }

    private static ArgumentOutOfRangeException UndefinedLoss(LossKind loss) =>
        new(nameof(loss), loss, $"loss = {(int)loss} is not a defined LossKind (valid: MeanSquaredError, CrossEntropy).");
}
