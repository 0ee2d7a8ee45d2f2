namespace L2Analyzers;

/// <summary>What one epoch of training measured.</summary>
public sealed record EpochMetrics
{
    /// <summary>The one-based epoch number.</summary>
    public required int Epoch { get; init; }

    /// <summary>The optimizer steps taken so far, over all epochs.</summary>
    public required long Steps { get; init; }

    /// <summary>The mean data loss over the epoch's batches, each measured before its update (the L2 penalty excluded).</summary>
    public required double TrainingLoss { get; init; }

    /// <summary>The fraction of training samples classified right during the epoch, or null without labels.</summary>
    public double? TrainingAccuracy { get; init; }

    /// <summary>The mean data loss on the test set after the epoch, or null without a test set.</summary>
    public double? TestLoss { get; init; }

    /// <summary>The fraction of test samples classified right after the epoch, or null without a test set or labels.</summary>
    public double? TestAccuracy { get; init; }

    /// <summary>
    /// The L2 penalty the weights carry after the epoch, <c>Σ (λ_g/2)·Σw²</c> over the layers that state an L2
    /// (<see cref="IRegularizedLayer"/>), with each lambda converted to its GradientPenalty equivalent λ_g at the optimizer's η.
    /// </summary>
    public required double L2Penalty { get; init; }

    /// <summary>The mean |w| over all weights (biases excluded) after the epoch.</summary>
    public required double MeanAbsWeight { get; init; }

    /// <summary>The largest |w| over all weights (biases excluded) after the epoch.</summary>
    public required double MaxAbsWeight { get; init; }

    /// <summary>The wall-clock time of the epoch, evaluation included.</summary>
    public TimeSpan Elapsed { get; init; }
}
