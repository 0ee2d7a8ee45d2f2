using L2Analyzers;
using Overfitting.Networks;

namespace Overfitting.Experiment;

/// <summary>Trains a network through its generated <c>Train</c> method, with the optimizer its attributes declare.</summary>
internal delegate TrainingHistory TrainMethod(Dataset<double> training, Dataset<double> test, TrainingOptions options, IProgress<EpochMetrics>? progress);

/// <summary>A freshly created network of one configuration and its generated training entry point.</summary>
internal sealed record Trainee(INetwork<double> Network, TrainMethod Train);

/// <summary>One way of regularizing the study's network: a name and how to create a network declared that way.</summary>
/// <param name="Name">What the table and the plots call it.</param>
/// <param name="EquivalentToPenalty">Whether its L2 is the same update as <see cref="Study.Lambda"/> as a gradient penalty under plain SGD.</param>
/// <param name="Create">Creates a new, uninitialized network.</param>
internal sealed record Configuration(string Name, bool EquivalentToPenalty, Func<Trainee> Create)
{
    /// <summary>No L2, the same L2 in four conventions, and the tutorial's literal 0.97; the first is the baseline.</summary>
    public static IReadOnlyList<Configuration> All { get; } =
    [
        new("No L2", false, () => { var network = new PlainNetwork(); return new(network, network.Train); }),
        new("GradientPenalty λ", true, () => { var network = new PenaltyNetwork(); return new(network, network.Train); }),
        new("WeightDecay η·λ", true, () => { var network = new WeightDecayNetwork(); return new(network, network.Train); }),
        new("DecayFactor 1 − η·λ", true, () => { var network = new DecayFactorNetwork(); return new(network, network.Train); }),
        new("ScaledWeightDecay λ", true, () => { var network = new ScaledDecayNetwork(); return new(network, network.Train); }),
        new("WeightDecay 0.97 (tutorial)", false, () => { var network = new MistakeNetwork(); return new(network, network.Train); }),
    ];

    /// <summary>The unregularized baseline.</summary>
    public static Configuration Baseline => All[0];

    /// <summary>The gradient penalty, the convention the others are compared with.</summary>
    public static Configuration Penalty => All[1];
}
