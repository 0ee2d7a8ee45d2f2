using BenchmarkDotNet.Attributes;
using L2Analyzers.Benchmarks.Training;
using static TorchSharp.torch;

namespace L2Analyzers.TorchSharp.Benchmarks;

/// <summary>
/// The runtime (the baseline: <see cref="Sequential{T}"/> of <see cref="DenseLayer{T}"/>s, one thread) against TorchSharp
/// (<c>set_num_threads(1)</c>, <see cref="L2Torch.SGD"/>) training the same float network on the same synthetic data
/// with GradientPenalty on the weights: the classic tutorial's 4-7-3 one sample per step, and 784-128-10 in batches of
/// 32. Each operation is one sample.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(TrainingConfig))]
public class TrainingBenchmarks
{
    private const int Samples = 1024;
    private StepLoop<float> runtime = null!;
    private TorchTraining torchSharp = null!;

    [Params("4-7-3, batch 1", "784-128-10, batch 32")]
    public string Network { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        bool tutorial = Network.StartsWith("4-7-3", StringComparison.Ordinal);
        int inputs = tutorial ? 4 : 784, hidden = tutorial ? 7 : 128, outputs = tutorial ? 3 : 10, batchSize = tutorial ? 1 : 32;
        double learningRate = tutorial ? 0.05 : 0.01, lambda = tutorial ? 0.03 : 1e-4;
        var hiddenActivation = tutorial ? Activation.Tanh : Activation.ReLU;
        var data = SyntheticData.Blobs<float>(Samples, inputs, outputs, seed: 1);

        var sequential = new Sequential<float>(
            LossKind.CrossEntropy,
            new DenseLayer<float>(inputs, hidden, hiddenActivation, new L2Regularization(L2Mode.GradientPenalty, lambda)),
            new DenseLayer<float>(hidden, outputs, Activation.Softmax, new L2Regularization(L2Mode.GradientPenalty, lambda)));
        sequential.Initialize(seed: 2);
        runtime = new StepLoop<float>(sequential, new SgdOptimizer<float>(learningRate), data, batchSize);

        manual_seed(2);
        var model = nn.Sequential(
            ("0", nn.Linear(inputs, hidden)),
            ("1", tutorial ? nn.Tanh() : nn.ReLU()),
            ("2", nn.Linear(hidden, outputs)));
        torchSharp = new TorchTraining(model, data, batchSize, learningRate, lambda);
        runtime.Epoch();
        torchSharp.Epoch();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Samples, Description = "runtime Sequential, step loop")]
    public double Runtime() => runtime.Epoch();

    [Benchmark(OperationsPerInvoke = Samples, Description = "TorchSharp, L2Torch.SGD")]
    public double TorchSharp() => torchSharp.Epoch();
}
