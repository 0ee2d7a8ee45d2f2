using System.Globalization;
using L2Analyzers.Generator.Tests.Verification;

namespace L2Analyzers.Generator.Tests.CompileAndRun;

/// <summary>A network defined only by attributes trains through its generated entry point, exactly as the runtime's own layers do.</summary>
public class TrainingRunTests
{
    private const string Network = """
        using L2Analyzers;

        [DenseLayer(2, 8, Activation = Activation.Tanh, ElementType = typeof(double))]
        [L2(Mode = L2Mode.{0}, Lambda = {1})]
        public partial class Hidden {{ }}

        [DenseLayer(8, 3, Activation = Activation.Softmax, ElementType = typeof(double))]
        public partial class Output {{ }}

        [Network(typeof(Hidden), typeof(Output), Loss = LossKind.CrossEntropy, Optimizer = OptimizerKind.{2}, LearningRate = 0.05, Momentum = 0.8)]
        public partial class Classifier {{ }}
        """;

    private static readonly TrainingOptions Options = new() { Epochs = 30, BatchSize = 16, Seed = 4 };

    [Fact]
    public void Generated_network_learns_three_separable_classes()
    {
        using var assembly = new GeneratedAssembly(Source("GradientPenalty", 0.001, "Adam"));
        var network = assembly.Create<INetwork<double>>("Classifier");
        network.Initialize(seed: 1);
        var (training, test) = Blobs().Split(0.25, seed: 2);

        var history = (TrainingHistory)GeneratedAssembly.Call(network, "Train", training, test, Options, null!)!;

        Assert.Equal(30, history.Epochs.Count);
        Assert.True(history.Last.TrainingLoss < history.Epochs[0].TrainingLoss / 4, $"{history.Epochs[0].TrainingLoss} → {history.Last.TrainingLoss}");
        Assert.True(history.Last.TestAccuracy >= 0.95, $"test accuracy {history.Last.TestAccuracy}");
        Assert.True(history.Last.L2Penalty > 0, "the generated layer reports its L2 to the trainer");
    }

    [Theory]
    [InlineData("GradientPenalty", 0.01, "Adam")]
    [InlineData("WeightDecay", 0.001, "Momentum")]
    [InlineData("ScaledWeightDecay", 0.1, "Adam")]
    [InlineData("DecayFactor", 0.999, "Momentum")]
    public void Generated_network_trains_bit_for_bit_as_the_runtimes_own_layers(string mode, double lambda, string optimizer)
    {
        using var assembly = new GeneratedAssembly(Source(mode, lambda, optimizer));
        var generated = assembly.Create<INetwork<double>>("Classifier");
        var l2 = new L2Regularization(Enum.Parse<L2Mode>(mode), lambda);
        var runtime = new Sequential<double>(
            LossKind.CrossEntropy,
            new DenseLayer<double>(2, 8, Activation.Tanh, l2),
            new DenseLayer<double>(8, 3, Activation.Softmax));
        generated.Initialize(seed: 1);
        runtime.Initialize(seed: 1);
        var data = Blobs();

        GeneratedAssembly.Call(generated, "Train", data, Options, null!);
        Trainer.Train(runtime, Optimizers.Create<double>(Enum.Parse<OptimizerKind>(optimizer), 0.05, 0.8), data, Options);

        var expected = runtime.Layers.SelectMany(l => l.Parameters).SelectMany(p => p.Values).ToArray();
        var actual = generated.Layers.SelectMany(l => l.Parameters).SelectMany(p => p.Values).ToArray();
        Assert.Equal(expected, actual);
        Assert.Equal(l2, ((IRegularizedLayer)generated.Layers[0]).L2);
        Assert.Null(((IRegularizedLayer)generated.Layers[1]).L2);
    }

    [Fact]
    public void CreateOptimizer_builds_the_declared_optimizer()
    {
        using var assembly = new GeneratedAssembly(Source("GradientPenalty", 0.01, "Momentum"));

        var optimizer = GeneratedAssembly.Call(assembly.Create<object>("Classifier"), "CreateOptimizer");

        var momentum = Assert.IsType<MomentumOptimizer<double>>(optimizer);
        Assert.Equal(0.05, momentum.LearningRate);
    }

    private static string Source(string mode, double lambda, string optimizer) =>
        string.Format(CultureInfo.InvariantCulture, Network, mode, lambda.ToString(CultureInfo.InvariantCulture), optimizer);

    /// <summary>Three Gaussian blobs in the plane, 60 samples each, labels 0–2.</summary>
    internal static Dataset<double> Blobs()
    {
        var random = new Random(3);
        double[][] centres = [[-2, 0], [2, 0], [0, 2.5]];
        var features = new List<double>();
        var labels = new List<int>();
        for (int i = 0; i < 180; i++)
        {
            int label = i % 3;
            features.Add(centres[label][0] + Gaussian(random) * 0.5);
            features.Add(centres[label][1] + Gaussian(random) * 0.5);
            labels.Add(label);
        }

        return Dataset<double>.FromLabels([.. features], 2, [.. labels], 3);
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
