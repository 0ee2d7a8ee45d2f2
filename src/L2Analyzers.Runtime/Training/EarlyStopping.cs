namespace L2Analyzers;

/// <summary>
/// Stops training once the monitored loss — the test loss when a test set is given, the training loss otherwise —
/// has not improved by more than <see cref="MinDelta"/> for <see cref="Patience"/> epochs.
/// </summary>
public sealed class EarlyStopping
{
    /// <summary>The number of epochs without improvement that stops training; 5 by default.</summary>
    public int Patience { get; init; } = 5;

    /// <summary>The decrease of the monitored loss that counts as an improvement; 0 by default.</summary>
    public double MinDelta { get; init; }

    /// <summary>Whether the parameters of the best epoch are restored when training ends; true by default.</summary>
    public bool RestoreBestWeights { get; init; } = true;

    internal void Validate()
    {
        TrainingOptions.RequirePositive(Patience, nameof(Patience));
        if (!(MinDelta >= 0 && double.IsFinite(MinDelta)))
        {
            throw new ArgumentOutOfRangeException(nameof(MinDelta), MinDelta, $"MinDelta = {MinDelta} must be finite and at least 0.");
        }
    }
}
