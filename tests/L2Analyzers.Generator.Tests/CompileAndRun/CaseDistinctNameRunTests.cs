using L2Analyzers.Generator.Tests.Verification;

namespace L2Analyzers.Generator.Tests.CompileAndRun;

/// <summary>
/// Definitions whose names differ only in case: generated file names ignore case, so each gets its own file name, and
/// all of them are generated and work.
/// </summary>
public sealed class CaseDistinctNameRunTests : IDisposable
{
    private readonly GeneratedAssembly assembly = new(
        """
        using L2Analyzers;

        namespace Demo;

        [DenseLayer(3, 4, Activation = Activation.Tanh, ElementType = typeof(double))]
        public partial class Model { }

        [DenseLayer(4, 2, Activation = Activation.Softmax, ElementType = typeof(double))]
        public partial class MODEL { }

        [Network(typeof(Model), typeof(MODEL), Loss = LossKind.CrossEntropy)]
        public partial class Net { }

        [Network(typeof(MODEL), Loss = LossKind.MeanSquaredError)]
        public partial class NET { }

        public partial class Weights
        {
            [L2(Mode = L2Mode.DecayFactor, Lambda = 0.5)]
            public double[] W = { 2, 4 };

            [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.25)]
            public double[,] w = { { 2, 4 } };
        }

        public partial class WEIGHTS
        {
            [L2(Mode = L2Mode.DecayFactor, Lambda = 0.75)]
            public double[] W = { 2, 4 };
        }
        """);

    [Fact]
    public void Layers_and_networks_whose_names_differ_only_in_case_are_all_generated()
    {
        var first = assembly.Create<INetwork<double>>("Demo.Net");
        var second = assembly.Create<INetwork<double>>("Demo.NET");

        Assert.Equal(["Model", "MODEL"], first.Layers.Select(l => l.GetType().Name));
        Assert.Equal((3, 2), (first.InputSize, first.OutputSize));
        Assert.Equal(["MODEL"], second.Layers.Select(l => l.GetType().Name));
        Assert.Equal((4, 2), (second.InputSize, second.OutputSize));
    }

    [Fact]
    public void Layer_properties_whose_names_differ_only_in_case_are_numbered()
    {
        var network = assembly.Create<INetwork<double>>("Demo.Net");

        Assert.Same(network.Layers[0], GeneratedAssembly.Get(network, "Model1"));
        Assert.Same(network.Layers[1], GeneratedAssembly.Get(network, "MODEL2"));
    }

    [Fact]
    public void Members_whose_names_differ_only_in_case_each_get_their_own_method()
    {
        object upper = assembly.Create<object>("Demo.Weights");
        object lower = assembly.Create<object>("Demo.WEIGHTS");

        var gradient = new double[,] { { 1, 1 } };
        GeneratedAssembly.Call(upper, "DecayW");
        GeneratedAssembly.Call(upper, "AddWPenaltyGradient", gradient);
        GeneratedAssembly.Call(lower, "DecayW");

        // DecayFactor: w ← λ·w; GradientPenalty: g ← g + λ·w.
        Assert.Equal([1.0, 2.0], (double[])GeneratedAssembly.Get(upper, "W")!);
        Assert.Equal(new double[,] { { 1.5, 2 } }, gradient);
        Assert.Equal([1.5, 3.0], (double[])GeneratedAssembly.Get(lower, "W")!);
    }

    public void Dispose() => assembly.Dispose();
}
