using System.Numerics;

namespace L2Analyzers.Benchmarks.Training;

/// <summary>
/// The training step as user code writes it around any <see cref="INetwork{T}"/>: forward, loss gradient, backward,
/// update, over the data in order, one mini-batch per step. Allocates nothing once the network's buffers exist.
/// </summary>
internal sealed class StepLoop<T>(INetwork<T> network, IOptimizer<T> optimizer, Dataset<T> data, int batchSize)
    where T : IFloatingPointIeee754<T>
{
    private readonly T[] outputGradient = new T[batchSize * data.TargetCount];

    /// <summary>One pass over the data; returns the summed batch losses.</summary>
    public double Epoch()
    {
        int inputs = data.FeatureCount, targets = data.TargetCount;
        double loss = 0;
        for (int start = 0; start + batchSize <= data.Count; start += batchSize)
        {
            var x = data.Features.Slice(start * inputs, batchSize * inputs);
            var outputs = network.Forward(x, batchSize);
            loss += Losses.Evaluate(network.Loss, outputs, data.Targets.Slice(start * targets, batchSize * targets), outputGradient, batchSize);
            network.Backward(x, outputGradient, batchSize);
            network.Update(optimizer);
        }

        return loss;
    }
}
