using L2Analyzers;
using Overfitting.Data;

namespace Overfitting.Experiment;

/// <summary>Trains every configuration on every data set from the same initial weights and sample order.</summary>
internal static class StudyRunner
{
    /// <summary>Samples per SGD step.</summary>
    public const int BatchSize = 10;

    /// <summary>Runs the study; <paramref name="tracker"/> follows each run's epochs.</summary>
    public static IReadOnlyList<DatasetResults> Run(IReadOnlyList<StudyData> datasets, int epochs, SeedPlan seeds, IRunTracker tracker)
    {
        var options = new TrainingOptions { Epochs = epochs, BatchSize = BatchSize, Seed = seeds.Shuffle };
        return datasets.Select(data => new DatasetResults(data, Configuration.All.Select(configuration => Train(data, configuration, options, seeds, tracker)).ToArray())).ToArray();
    }

    private static RunResult Train(StudyData data, Configuration configuration, TrainingOptions options, SeedPlan seeds, IRunTracker tracker)
    {
        var (network, train) = configuration.Create();
        network.Initialize(seeds.Initialization);
        var history = train(data.Training, data.Test, options, tracker.Start($"{data.Name} · {configuration.Name}", options.Epochs));
        return new RunResult(configuration, network, history, Trainer.Evaluate(network, data.Training), Trainer.Evaluate(network, data.Test));
    }
}
