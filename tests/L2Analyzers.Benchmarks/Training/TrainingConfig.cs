using BenchmarkDotNet.Configs;

namespace L2Analyzers.Benchmarks.Training;

/// <summary>Adds training samples per second (each operation is one sample) to the training benchmarks.</summary>
public sealed class TrainingConfig : ManualConfig
{
    public TrainingConfig() => AddColumn(new DerivedColumn(
        "Samples/s", "Training samples per second: 1 s / median time per sample (machine-specific)", median => 1e9 / median, "N0"));
}
