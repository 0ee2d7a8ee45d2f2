using System.Numerics.Tensors;

namespace L2Analyzers.Benchmarks.Training;

/// <summary>
/// The multiply-adds of one 784-128-10 training step on a mini-batch, done the simplest fast way: as
/// <see cref="TensorPrimitives.Dot(ReadOnlySpan{float}, ReadOnlySpan{float})"/> over contiguous rows (the forward
/// product and, with the same count, the weight-gradient product of the wide layer; three products of the small one).
/// No activation, loss or update: a floor for how fast the arithmetic alone runs on this machine.
/// </summary>
internal sealed class DotRowFloor
{
    private const int Inputs = 784, Hidden = 128, Outputs = 10;
    private readonly int batchSize;
    private readonly float[] inputs;
    private readonly float[] wide = Random(Hidden * Inputs);
    private readonly float[] small = Random(Outputs * Hidden);
    private readonly float[] hidden;

    public DotRowFloor(int batchSize)
    {
        this.batchSize = batchSize;
        inputs = Random(batchSize * Inputs);
        hidden = Random(batchSize * Hidden);
    }

    /// <summary>One step's products: 2 × B × 128 dots of 784 and 3 × B × 10 dots of 128.</summary>
    public float Step()
    {
        float sum = 0;
        for (int pass = 0; pass < 2; pass++)
        {
            for (int b = 0; b < batchSize; b++)
            {
                var x = inputs.AsSpan(b * Inputs, Inputs);
                for (int o = 0; o < Hidden; o++)
                {
                    sum += TensorPrimitives.Dot(x, wide.AsSpan(o * Inputs, Inputs));
                }
            }
        }

        for (int pass = 0; pass < 3; pass++)
        {
            for (int b = 0; b < batchSize; b++)
            {
                var h = hidden.AsSpan(b * Hidden, Hidden);
                for (int o = 0; o < Outputs; o++)
                {
                    sum += TensorPrimitives.Dot(h, small.AsSpan(o * Hidden, Hidden));
                }
            }
        }

        return sum;
    }

    private static float[] Random(int length)
    {
        var random = new Random(length);
        return Enumerable.Range(0, length).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
    }
}
