using L2Analyzers.Generator.Tests.Verification;

namespace L2Analyzers.Generator.Tests.CompileAndRun;

/// <summary>
/// A network whose layers live in a library built with the generator: the network reads them from metadata and trains
/// exactly as the same network with the layers in its own project.
/// </summary>
public class LibraryLayerRunTests
{
    private const string Layers = """
        using L2Analyzers;

        namespace Layers;

        [DenseLayer(2, 8, Activation = Activation.Tanh, ElementType = typeof(double))]
        [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.01)]
        public partial class Hidden { }

        [DenseLayer(8, 3, Activation = Activation.Softmax, ElementType = typeof(double))]
        [L2(Mode = L2Mode.ScaledWeightDecay, Lambda = 0.1)]
        public partial class Output { }
        """;

    private const string App = """
        using L2Analyzers;

        namespace App;

        [Network(typeof(Layers.Hidden), typeof(Layers.Output), Loss = LossKind.CrossEntropy, Optimizer = OptimizerKind.Adam, LearningRate = 0.05)]
        public partial class Classifier { }
        """;

    [Fact]
    public void Network_with_layers_from_a_library_trains_bit_for_bit_as_with_the_layers_in_source()
    {
        using var inSource = new GeneratedAssembly(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp10, Layers, App);
        using var fromLibrary = GeneratedAssembly.WithLibrary(Layers, App);
        var expected = Train(inSource.Create<INetwork<double>>("App.Classifier"));
        var network = fromLibrary.Create<INetwork<double>>("App.Classifier");

        var actual = Train(network);

        Assert.NotEqual(network.GetType().Assembly, network.Layers[0].GetType().Assembly);
        Assert.Equal(expected, actual);
        Assert.Same(network.Layers[1], GeneratedAssembly.Get(network, "Output"));
    }

    /// <summary>Trains <paramref name="network"/> through its generated entry point and returns every parameter value.</summary>
    private static double[] Train(INetwork<double> network)
    {
        network.Initialize(seed: 1);
        GeneratedAssembly.Call(network, "Train", TrainingRunTests.Blobs(), new TrainingOptions { Epochs = 10, BatchSize = 16, Seed = 4 }, null!);
        return network.Layers.SelectMany(l => l.Parameters).SelectMany(p => p.Values).ToArray();
    }
}
