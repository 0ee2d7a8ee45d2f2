namespace L2Analyzers;

/// <summary>The result of <see cref="Trainer.Train{T}(INetwork{T}, IOptimizer{T}, Dataset{T}, TrainingOptions, IProgress{EpochMetrics}?)"/>.</summary>
public sealed class TrainingHistory
{
    internal TrainingHistory(IReadOnlyList<EpochMetrics> epochs, int bestEpoch, bool stoppedEarly, bool restoredBestWeights)
    {
        Epochs = epochs;
        BestEpoch = bestEpoch;
        StoppedEarly = stoppedEarly;
        RestoredBestWeights = restoredBestWeights;
    }

    /// <summary>The metrics of every epoch trained, in order.</summary>
    public IReadOnlyList<EpochMetrics> Epochs { get; }

    /// <summary>The metrics of the last epoch trained.</summary>
    public EpochMetrics Last => Epochs[^1];

    /// <summary>The one-based epoch with the lowest monitored loss (test loss when there is a test set, otherwise training loss).</summary>
    public int BestEpoch { get; }

    /// <summary>Whether early stopping ended training before the last epoch.</summary>
    public bool StoppedEarly { get; }

    /// <summary>Whether the network was reset to the parameters of <see cref="BestEpoch"/> at the end.</summary>
    public bool RestoredBestWeights { get; }
}
