namespace L2Analyzers;

/// <summary>The buffers and state of one training run; an epoch allocates nothing.</summary>
internal sealed class TrainingRun<T>
    where T : IFloatingPointIeee754<T>
{
    private readonly INetwork<T> network;
    private readonly IOptimizer<T> optimizer;
    private readonly Dataset<T> data;
    private readonly TrainingOptions options;
    private readonly Random random;
    private readonly int[] order;
    private readonly T[] batchInputs;
    private readonly T[] batchTargets;
    private readonly T[] outputGradient;

    public TrainingRun(INetwork<T> network, IOptimizer<T> optimizer, Dataset<T> data, TrainingOptions options)
    {
        this.network = network;
        this.optimizer = optimizer;
        this.data = data;
        this.options = options;
        random = new Random(options.Seed);
        int batch = Math.Min(options.BatchSize, data.Count);
        order = Enumerable.Range(0, data.Count).ToArray();
        batchInputs = options.Shuffle ? new T[batch * data.FeatureCount] : [];
        batchTargets = options.Shuffle ? new T[batch * data.TargetCount] : [];
        outputGradient = new T[batch * data.TargetCount];
    }

    /// <summary>The optimizer steps taken so far.</summary>
    public long Steps { get; private set; }

    /// <summary>One pass over the data: returns the mean loss of the batches (before their updates) and the accuracy.</summary>
    /// <exception cref="TrainingDivergedException">The loss became NaN or infinite.</exception>
    public (double Loss, double? Accuracy) RunEpoch(int epoch)
    {
        if (options.Shuffle)
        {
            random.Shuffle(order);
        }

        int inputs = data.FeatureCount, targets = data.TargetCount;
        var labels = data.Labels;
        double lossSum = 0;
        long correct = 0;
        for (int start = 0; start < data.Count; start += options.BatchSize)
        {
            int size = Math.Min(options.BatchSize, data.Count - start);
            var indices = order.AsSpan(start, size);
            ReadOnlySpan<T> x, y;
            if (options.Shuffle)
            {
                for (int k = 0; k < size; k++)
                {
                    data.FeaturesOf(indices[k]).CopyTo(batchInputs.AsSpan(k * inputs));
                    data.TargetsOf(indices[k]).CopyTo(batchTargets.AsSpan(k * targets));
                }

                x = batchInputs.AsSpan(0, size * inputs);
                y = batchTargets.AsSpan(0, size * targets);
            }
            else
            {
                x = data.Features.Slice(start * inputs, size * inputs);
                y = data.Targets.Slice(start * targets, size * targets);
            }

            var outputs = network.Forward(x, size);
            var gradient = outputGradient.AsSpan(0, size * targets);
            double loss = Losses.Evaluate(network.Loss, outputs, y, gradient, size);
            Steps++;
            if (!double.IsFinite(loss))
            {
                throw Divergence.Diagnose(network, optimizer, epoch, Steps, $"the loss is {loss}");
            }

            lossSum += loss * size;
            if (!labels.IsEmpty)
            {
                for (int k = 0; k < size; k++)
                {
                    correct += Classification.Predict(outputs.Slice(k * targets, targets)) == labels[indices[k]] ? 1 : 0;
                }
            }

            network.Backward(x, gradient, size);
            network.Update(optimizer);
        }

        return (lossSum / data.Count, labels.IsEmpty ? null : (double)correct / data.Count);
    }
}
