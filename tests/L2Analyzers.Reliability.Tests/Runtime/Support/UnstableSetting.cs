using System.Numerics;

namespace L2Analyzers.Reliability.Tests.Runtime.Support;

/// <summary>An L2 mode at a setting that makes training diverge, and whether the mode's η·λ explains it.</summary>
public sealed record UnstableSetting(L2Mode Mode, double Lambda, string Optimizer, double LearningRate, bool ExplainedByL2)
{
    /// <summary>
    /// Each mode at a setting that diverges. Coupled and scaled decay: η·λ ≥ 2 (the decay alone multiplies w by 1 − η·λ
    /// ≤ −1 per step), or above 2(1 + μ) under momentum. WeightDecay and DecayFactor cannot leave (0, 1), so their
    /// strongest settings meet a learning rate far too large for the data instead.
    /// </summary>
    public static readonly IReadOnlyList<UnstableSetting> Settings =
    [
        new(L2Mode.GradientPenalty, 50, "sgd", 0.05, ExplainedByL2: true),
        new(L2Mode.GradientPenalty, 80, "momentum 0.9", 0.05, ExplainedByL2: true),
        new(L2Mode.ScaledWeightDecay, 50, "sgd", 0.05, ExplainedByL2: true),
        new(L2Mode.ScaledWeightDecay, 50, "adam", 0.05, ExplainedByL2: true),
        new(L2Mode.WeightDecay, 0.99, "sgd", 10, ExplainedByL2: false),
        new(L2Mode.DecayFactor, 0.999, "sgd", 10, ExplainedByL2: false),
        new(L2Mode.DecayFactor, 0.001, "momentum 0.9", 10, ExplainedByL2: false),
    ];

    public static TheoryData<UnstableSetting> All => [.. Settings];

    public IOptimizer<T> CreateOptimizer<T>()
        where T : IFloatingPointIeee754<T> => Optimizer switch
        {
            "sgd" => new SgdOptimizer<T>(LearningRate),
            "momentum 0.9" => new MomentumOptimizer<T>(LearningRate, 0.9),
            "adam" => new AdamOptimizer<T>(LearningRate),
            _ => throw new ArgumentOutOfRangeException(nameof(Optimizer), Optimizer, "unknown optimizer"),
        };

    /// <summary>Two identity layers, both regularized by this setting, on seeded data of 4 features and 3 classes.</summary>
    public Sequential<T> CreateNetwork<T>()
        where T : IFloatingPointIeee754<T>
    {
        var l2 = new L2Regularization(Mode, Lambda);
        var network = new Sequential<T>(LossKind.MeanSquaredError, new DenseLayer<T>(4, 5, Activation.Identity, l2), new DenseLayer<T>(5, 3, Activation.Identity, l2));
        network.Initialize(seed: 1);
        return network;
    }

    public static Dataset<T> Data<T>()
        where T : IFloatingPointIeee754<T>
    {
        var random = new Random(2);
        var features = Enumerable.Range(0, 30 * 4).Select(_ => T.CreateChecked((random.NextDouble() * 4) - 2)).ToArray();
        return Dataset<T>.FromLabels(features, 4, Enumerable.Range(0, 30).Select(s => s % 3).ToArray(), 3);
    }

    public override string ToString() => $"L2Mode.{Mode} λ = {Lambda}, {Optimizer} η = {LearningRate}";
}
