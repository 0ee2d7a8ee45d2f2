namespace L2Analyzers;

/// <summary>How <see cref="Trainer"/> trains: epochs, mini-batches, shuffling, seed and early stopping.</summary>
public sealed class TrainingOptions
{
    /// <summary>The number of passes over the training set; 10 by default.</summary>
    public int Epochs { get; init; } = 10;

    /// <summary>The samples per optimizer step (the last batch of an epoch may be smaller); 32 by default, 1 is per-sample SGD.</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>Whether each epoch visits the samples in a new random order (drawn from <see cref="Seed"/>); true by default.</summary>
    public bool Shuffle { get; init; } = true;

    /// <summary>
    /// The seed of the shuffling. The same network parameters, data, options and seed give the same weights bit for
    /// bit on the same machine (initialize the network with <see cref="NetworkExtensions.Initialize{T}"/> for a full run).
    /// </summary>
    public int Seed { get; init; }

    /// <summary>Stops when the monitored loss stops improving; null (the default) trains every epoch.</summary>
    public EarlyStopping? EarlyStopping { get; init; }

    /// <summary>The batch size for evaluating the test set (no effect on training); 256 by default.</summary>
    public int EvaluationBatchSize { get; init; } = 256;

    /// <exception cref="ArgumentOutOfRangeException">A count is not positive or the early-stopping settings are invalid.</exception>
    internal void Validate()
    {
        RequirePositive(Epochs, nameof(Epochs));
        RequirePositive(BatchSize, nameof(BatchSize));
        RequirePositive(EvaluationBatchSize, nameof(EvaluationBatchSize));
        EarlyStopping?.Validate();
    }

    internal static void RequirePositive(int value, string name)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} = {value} must be at least 1.");
        }
    }
}
