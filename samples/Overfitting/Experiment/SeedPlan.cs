namespace Overfitting.Experiment;

/// <summary>The seeds every random choice of a run derives from <c>--seed</c>, one per purpose, so each can be told apart.</summary>
internal sealed record SeedPlan(int Seed)
{
    /// <summary>The teacher network's weights and the synthetic samples.</summary>
    public int Data => Seed;

    /// <summary>Which Iris flowers are held out.</summary>
    public int Split => unchecked(Seed + 1);

    /// <summary>The initial weights: the same for every configuration.</summary>
    public int Initialization => unchecked(Seed + 2);

    /// <summary>The order of the samples in each epoch: the same for every configuration.</summary>
    public int Shuffle => unchecked(Seed + 3);
}
