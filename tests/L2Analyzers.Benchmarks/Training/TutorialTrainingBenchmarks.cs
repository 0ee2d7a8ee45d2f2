using BenchmarkDotNet.Attributes;

namespace L2Analyzers.Benchmarks.Training;

/// <summary>
/// The classic tutorial's 4-7-3 double network with per-sample SGD on synthetic data: the generated
/// <see cref="TutorialNetwork"/> against the same network written by hand (the baseline) and built from the runtime's
/// <see cref="DenseLayer{T}"/>s. Each operation is one sample, that is one training step.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(TrainingConfig))]
public class TutorialTrainingBenchmarks
{
    private const int Samples = 1024;
    private readonly Dataset<double> data = SyntheticData.Blobs<double>(Samples, 4, 3, seed: 1);
    private readonly TutorialLoop handWritten = new(seed: 2);
    private readonly TutorialNetwork network = new();
    private StepLoop<double> generated = null!;
    private StepLoop<double> runtime = null!;

    [GlobalSetup]
    public void Setup()
    {
        network.Initialize(seed: 2);
        var sequential = new Sequential<double>(
            LossKind.CrossEntropy,
            new DenseLayer<double>(4, 7, Activation.Tanh, new L2Regularization(L2Mode.GradientPenalty, 0.03)),
            new DenseLayer<double>(7, 3, Activation.Softmax, new L2Regularization(L2Mode.GradientPenalty, 0.03)));
        sequential.Initialize(seed: 2);
        generated = new StepLoop<double>(network, network.CreateOptimizer(), data, batchSize: 1);
        runtime = new StepLoop<double>(sequential, new SgdOptimizer<double>(TutorialNetwork.LearningRate), data, batchSize: 1);
        generated.Epoch();
        runtime.Epoch();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Samples, Description = "hand-written loop (classic tutorial)")]
    public double HandWritten() => handWritten.Epoch(data);

    [Benchmark(OperationsPerInvoke = Samples, Description = "generated network, step loop")]
    public double Generated() => generated.Epoch();

    [Benchmark(OperationsPerInvoke = Samples, Description = "runtime Sequential, step loop")]
    public double Runtime() => runtime.Epoch();

    [Benchmark(OperationsPerInvoke = Samples, Description = "generated network, Train (1 epoch)")]
    public double Trainer() => network.Train(data, new TrainingOptions { Epochs = 1, BatchSize = 1, Seed = 3 }).Last.TrainingLoss;
}
