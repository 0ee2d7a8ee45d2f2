using L2Analyzers.Generator.Tests.Verification;

namespace L2Analyzers.Generator.Tests.CompileAndRun;

/// <summary>Compiles a generated network and checks its chain against its layers, finite differences and the allocation budget.</summary>
public sealed class NetworkRunTests : IDisposable
{
    private const int Batch = 3;

    private readonly GeneratedAssembly assembly = new(
        """
        using L2Analyzers;

        namespace Demo;

        [DenseLayer(3, 5, Activation = Activation.Tanh, ElementType = typeof(double))]
        [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)]
        public partial class Hidden { }

        [DenseLayer(5, 4, Activation = Activation.ReLU, ElementType = typeof(double))]
        [L2(Mode = L2Mode.ScaledWeightDecay, Lambda = 0.01)]
        public partial class Middle { }

        [DenseLayer(4, 2, Activation = Activation.Softmax, ElementType = typeof(double))]
        public partial class Output { }

        [Network(typeof(Hidden), typeof(Middle), typeof(Output), Loss = LossKind.CrossEntropy, Optimizer = OptimizerKind.Adam, LearningRate = 0.05)]
        public partial class Classifier { }
        """);

    private readonly INetwork<double> network;
    private readonly double[] input;

    public NetworkRunTests()
    {
        network = assembly.Create<INetwork<double>>("Demo.Classifier");
        network.Initialize(seed: 11);
        input = Numbers.Random(new Random(12), Batch * 3);
    }

    [Fact]
    public void Network_describes_its_chain()
    {
        Assert.Equal(["Hidden", "Middle", "Output"], network.Layers.Select(l => l.GetType().Name));
        Assert.Equal((3, 2, LossKind.CrossEntropy), (network.InputSize, network.OutputSize, network.Loss));
        Assert.Same(network.Layers[1], GeneratedAssembly.Get(network, "Middle"));
        Assert.Equal(0.05, GeneratedAssembly.Get(network.GetType(), "LearningRate"));
        Assert.Equal(OptimizerKind.Adam, GeneratedAssembly.Get(network.GetType(), "Optimizer"));
    }

    [Fact]
    public void Forward_equals_running_the_layers_one_after_another()
    {
        double[] expected = input;
        foreach (var layer in network.Layers)
        {
            var output = new double[Batch * layer.OutputSize];
            layer.Forward(expected, output, Batch);
            expected = output;
        }

        Assert.Equal(expected, network.Forward(input, Batch).ToArray());
    }

    [Fact]
    public void Backward_matches_finite_differences_for_every_parameter()
    {
        double[] coefficients = Numbers.Random(new Random(5), Batch * 2);
        network.Forward(input, Batch);
        network.Backward(input, (double[])coefficients.Clone(), Batch);

        // Mean over the batch of L_b = Σ_o c[b,o]·y[b,o].
        double MeanLoss()
        {
            var output = network.Forward(input, Batch);
            double sum = 0;
            for (int i = 0; i < output.Length; i++)
            {
                sum += output[i] * coefficients[i];
            }

            return sum / Batch;
        }

        foreach (var parameter in network.Layers.SelectMany(l => l.Parameters))
        {
            double[] analytic = (double[])parameter.Gradients.Clone();
            Numbers.AssertClose(DenseLayerRunTests.FiniteDifferences(parameter.Values, MeanLoss), analytic, 1e-6);
        }
    }

    [Fact]
    public void Update_steps_every_layer_with_its_own_L2()
    {
        network.Forward(input, Batch);
        network.Backward(input, new double[Batch * 2] { 1, -1, 0.5, -0.5, 2, -2 }, Batch);
        double[] hiddenWeights = (double[])network.Layers[0].Parameters[0].Values.Clone();
        double[] hiddenGradients = (double[])network.Layers[0].Parameters[0].Gradients.Clone();
        var optimizer = new RecordingOptimizer<double>(0.05);

        network.Update(optimizer);

        Assert.Equal(["Weights", "Biases", "Weights", "Biases", "Weights", "Biases"], optimizer.Steps.Select(s => s.Name));
        L2Update.Step(L2Mode.GradientPenalty, 0.03, hiddenWeights, hiddenGradients, 0.05);
        Numbers.AssertClose(hiddenWeights, network.Layers[0].Parameters[0].Values, 1e-12);
    }

    [Fact]
    public void A_training_step_allocates_nothing_once_the_batch_size_is_steady()
    {
        double[] outputGradient = new double[Batch * 2];
        var optimizer = new RecordingOptimizer<double>(0.05) { Recording = false };
        void Step()
        {
            network.Forward(input, Batch);
            network.Backward(input, outputGradient, Batch);
            network.Update(optimizer);
        }

        for (int i = 0; i < 3; i++)
        {
            Step();
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10; i++)
        {
            Step();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Backward_on_a_batch_other_than_the_last_forward_says_so()
    {
        network.Forward(input, Batch);

        var error = Assert.Throws<InvalidOperationException>(() => network.Backward(input, new double[4], 2));

        Assert.Contains("the last Forward had batch size 3, this call has 2", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => assembly.Dispose();
}
