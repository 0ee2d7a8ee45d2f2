using System.Diagnostics;

namespace L2Analyzers;

/// <summary>
/// Trains any <see cref="INetwork{T}"/> with any <see cref="IOptimizer{T}"/> in mini-batches; generated networks call
/// <see cref="Train{T}(INetwork{T}, IOptimizer{T}, Dataset{T}, TrainingOptions, IProgress{EpochMetrics}?)"/>.
/// A step allocates nothing once the buffers exist; the same seed and inputs give the same weights bit for bit.
/// </summary>
public static class Trainer
{
    /// <summary>Trains <paramref name="network"/> on <paramref name="training"/>, reporting each epoch to <paramref name="progress"/>.</summary>
    /// <exception cref="ArgumentException">The dataset's feature or target count differs from the network's input or output size.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is invalid.</exception>
    /// <exception cref="TrainingDivergedException">A loss or parameter became NaN or infinite.</exception>
    public static TrainingHistory Train<T>(INetwork<T> network, IOptimizer<T> optimizer, Dataset<T> training, TrainingOptions options, IProgress<EpochMetrics>? progress = null)
        where T : IFloatingPointIeee754<T> =>
        Train(network, optimizer, training, null, options, progress);

    /// <summary>
    /// Trains <paramref name="network"/> on <paramref name="training"/> and, after every epoch, evaluates it on
    /// <paramref name="test"/> (when given; early stopping then monitors the test loss).
    /// </summary>
    /// <exception cref="ArgumentException">A dataset's feature or target count differs from the network's input or output size.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is invalid.</exception>
    /// <exception cref="TrainingDivergedException">A loss or parameter became NaN or infinite.</exception>
    public static TrainingHistory Train<T>(
        INetwork<T> network, IOptimizer<T> optimizer, Dataset<T> training, Dataset<T>? test, TrainingOptions options, IProgress<EpochMetrics>? progress = null)
        where T : IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(optimizer);
        ArgumentNullException.ThrowIfNull(options);
        RequireShape(network, training, nameof(training));
        if (test is not null)
        {
            RequireShape(network, test, nameof(test));
        }

        options.Validate();
        var run = new TrainingRun<T>(network, optimizer, training, options);
        var stopping = options.EarlyStopping;
        var snapshot = stopping is { RestoreBestWeights: true } ? new ParameterSnapshot<T>(network) : null;
        var epochs = new List<EpochMetrics>(options.Epochs);
        double best = double.PositiveInfinity;
        int bestEpoch = 0;
        bool stoppedEarly = false;
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            var watch = Stopwatch.StartNew();
            var (loss, accuracy) = run.RunEpoch(epoch);
            var metrics = Measure(network, optimizer, test, options, epoch, run.Steps, loss, accuracy) with { Elapsed = watch.Elapsed };
            epochs.Add(metrics);
            progress?.Report(metrics);

            double monitored = metrics.TestLoss ?? metrics.TrainingLoss;
            if (monitored < best - (stopping?.MinDelta ?? 0))
            {
                best = monitored;
                bestEpoch = epoch;
                snapshot?.Capture();
            }
            else if (stopping is not null && epoch - bestEpoch >= stopping.Patience)
            {
                stoppedEarly = epoch < options.Epochs;
                break;
            }
        }

        bool restore = snapshot is not null && bestEpoch != epochs.Count;
        if (restore)
        {
            snapshot!.Restore();
        }

        return new TrainingHistory(epochs, bestEpoch, stoppedEarly, restore);
    }

    /// <summary>The mean data loss of <paramref name="network"/> on <paramref name="data"/> and its accuracy when the data has labels.</summary>
    /// <exception cref="ArgumentException">The dataset does not fit the network's input or output size.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="batchSize"/> is not positive.</exception>
    public static Evaluation Evaluate<T>(INetwork<T> network, Dataset<T> data, int batchSize = 256)
        where T : IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(network);
        RequireShape(network, data, nameof(data));
        TrainingOptions.RequirePositive(batchSize, nameof(batchSize));
        int inputs = data.FeatureCount, targets = data.TargetCount;
        double lossSum = 0;
        long correct = 0;
        for (int start = 0; start < data.Count; start += batchSize)
        {
            int size = Math.Min(batchSize, data.Count - start);
            var outputs = network.Forward(data.Features.Slice(start * inputs, size * inputs), size);
            lossSum += Losses.Value(network.Loss, outputs, data.Targets.Slice(start * targets, size * targets), size) * size;
            for (int k = 0; k < size && data.HasLabels; k++)
            {
                correct += Classification.Predict(outputs.Slice(k * targets, targets)) == data.Labels[start + k] ? 1 : 0;
            }
        }

        return new Evaluation(lossSum / data.Count, data.HasLabels ? (double)correct / data.Count : null);
    }

    private static EpochMetrics Measure<T>(
        INetwork<T> network, IOptimizer<T> optimizer, Dataset<T>? test, TrainingOptions options, int epoch, long steps, double loss, double? accuracy)
        where T : IFloatingPointIeee754<T>
    {
        if (NetworkStatistics.FindNonFinite(network) is not null)
        {
            throw Divergence.Diagnose(network, optimizer, epoch, steps, "a parameter is NaN or infinite at the end of the epoch");
        }

        var (meanAbs, maxAbs) = NetworkStatistics.AbsoluteWeights(network);
        var evaluation = test is null ? (Evaluation?)null : Evaluate(network, test, options.EvaluationBatchSize);
        return new EpochMetrics
        {
            Epoch = epoch,
            Steps = steps,
            TrainingLoss = loss,
            TrainingAccuracy = accuracy,
            TestLoss = evaluation?.Loss,
            TestAccuracy = evaluation?.Accuracy,
            L2Penalty = NetworkStatistics.Penalty(network, double.CreateTruncating(optimizer.LearningRate)),
            MeanAbsWeight = meanAbs,
            MaxAbsWeight = maxAbs,
        };
    }

    private static void RequireShape<T>(INetwork<T> network, Dataset<T> data, string name)
        where T : IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(data, name);
        if (data.FeatureCount != network.InputSize || data.TargetCount != network.OutputSize)
        {
            throw new ArgumentException(
                $"{name} has {data.FeatureCount} features and {data.TargetCount} targets per sample, but the network takes {network.InputSize} inputs and gives {network.OutputSize} outputs.",
                name);
        }
    }
}
