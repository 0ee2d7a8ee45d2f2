using BenchmarkDotNet.Attributes;

namespace L2Analyzers.Benchmarks.Training;

/// <summary>
/// An MNIST-shaped 784-128-10 float network with mini-batches of 32 on synthetic data: the generated
/// <see cref="DigitsNetwork"/> against the step's multiply-adds alone as dot products (<see cref="DotRowFloor"/>, the
/// baseline) and the same network built from the runtime's <see cref="DenseLayer{T}"/>s. Each operation is one sample.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(TrainingConfig))]
public class DigitsTrainingBenchmarks
{
    private const int Samples = 1024, BatchSize = 32;
    private readonly Dataset<float> data = SyntheticData.Blobs<float>(Samples, 784, 10, seed: 1);
    private readonly DotRowFloor floor = new(BatchSize);
    private readonly DigitsNetwork network = new();
    private StepLoop<float> generated = null!;
    private StepLoop<float> runtime = null!;

    [GlobalSetup]
    public void Setup()
    {
        network.Initialize(seed: 2);
        var sequential = new Sequential<float>(
            LossKind.CrossEntropy,
            new DenseLayer<float>(784, 128, Activation.ReLU, new L2Regularization(L2Mode.GradientPenalty, 1e-4)),
            new DenseLayer<float>(128, 10, Activation.Softmax));
        sequential.Initialize(seed: 2);
        generated = new StepLoop<float>(network, network.CreateOptimizer(), data, BatchSize);
        runtime = new StepLoop<float>(sequential, new SgdOptimizer<float>(DigitsNetwork.LearningRate), data, BatchSize);
        generated.Epoch();
        runtime.Epoch();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Samples, Description = "multiply-adds alone (TensorPrimitives.Dot rows)")]
    public float Floor()
    {
        float sum = 0;
        for (int step = 0; step < Samples / BatchSize; step++)
        {
            sum += floor.Step();
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Samples, Description = "generated network, step loop")]
    public double Generated() => generated.Epoch();

    [Benchmark(OperationsPerInvoke = Samples, Description = "runtime Sequential, step loop")]
    public double Runtime() => runtime.Epoch();

    [Benchmark(OperationsPerInvoke = Samples, Description = "generated network, Train (1 epoch)")]
    public double Trainer() => network.Train(data, new TrainingOptions { Epochs = 1, BatchSize = BatchSize, Seed = 3 }).Last.TrainingLoss;
}
