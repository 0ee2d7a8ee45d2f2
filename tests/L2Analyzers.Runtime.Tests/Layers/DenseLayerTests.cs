using L2Analyzers.Runtime.Tests.Support;

namespace L2Analyzers.Runtime.Tests.Layers;

public class DenseLayerTests
{
    [Theory]
    [InlineData(L2Mode.GradientPenalty, 0.5, 0.95)]    // w − η·λ·w with η = 0.1
    [InlineData(L2Mode.WeightDecay, 0.2, 0.8)]
    [InlineData(L2Mode.ScaledWeightDecay, 0.5, 0.95)]
    [InlineData(L2Mode.DecayFactor, 0.9, 0.9)]
    public void Update_regularizes_the_weights_and_never_the_biases(L2Mode mode, double lambda, double retention)
    {
        var layer = new DenseLayer<double>(3, 2, Activation.Tanh, new L2Regularization(mode, lambda));
        layer.Initialize(new Random(1));
        Array.Fill(layer.Biases.Values, 2.0);
        var weights = layer.Weights.Values.ToArray();

        layer.Update(new SgdOptimizer<double>(0.1)); // zero gradients: only L2 acts
        Assert.Equal(weights.Select(w => w * retention), layer.Weights.Values, (a, b) => Math.Abs(a - b) < 1e-15);
        Assert.All(layer.Biases.Values, b => Assert.Equal(2.0, b));
    }

    [Fact]
    public void Initialization_is_seeded_and_fits_the_activation()
    {
        var relu = new DenseLayer<double>(50, 20, Activation.ReLU);
        var tanh = new DenseLayer<double>(50, 20, Activation.Tanh);
        relu.Initialize(new Random(3));
        tanh.Initialize(new Random(3));
        Assert.All(relu.Weights.Values, w => Assert.InRange(Math.Abs(w), 0, Math.Sqrt(6.0 / 50)));          // He
        Assert.All(tanh.Weights.Values, w => Assert.InRange(Math.Abs(w), 0, Math.Sqrt(6.0 / 70)));          // Glorot
        Assert.True(relu.Weights.Values.Max(Math.Abs) > Math.Sqrt(6.0 / 70), "He's range is wider than Glorot's");
        var again = new DenseLayer<double>(50, 20, Activation.ReLU);
        again.Initialize(new Random(3));
        Assert.Equal(relu.Weights.Values, again.Weights.Values);
        Assert.All(relu.Biases.Values, b => Assert.Equal(0.0, b));
    }

    [Fact]
    public void Sequential_grows_its_buffers_and_gives_the_same_rows_for_any_batch()
    {
        var network = Blobs.Network<double>();
        var input = TestData.Uniform<double>(5 * 4, seed: 2);
        var all = network.Forward(input, 5).ToArray();
        var two = network.Forward(input.AsSpan(0, 8), 2).ToArray();
        var one = network.Forward(input.AsSpan(16, 4), 1).ToArray();
        Assert.Equal(all[..6], two);
        Assert.Equal(all[12..], one);
    }

    [Fact]
    public void Sequential_rejects_layers_that_do_not_chain_and_short_buffers()
    {
        var error = Assert.Throws<ArgumentException>(() => new Sequential<float>(LossKind.MeanSquaredError, new DenseLayer<float>(4, 7), new DenseLayer<float>(6, 3)));
        Assert.Contains("takes 6 inputs but layer 0", error.Message);
        Assert.Throws<ArgumentException>(() => new Sequential<float>(LossKind.MeanSquaredError));
        var network = Blobs.Network<float>();
        Assert.Throws<ArgumentException>(() => network.Forward(new float[7], 2));
        network.Forward(new float[8], 2);
        Assert.Throws<ArgumentException>(() => network.Backward(new float[12], new float[9], 3));
    }
}
