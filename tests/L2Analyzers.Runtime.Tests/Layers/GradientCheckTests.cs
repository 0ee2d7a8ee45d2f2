using L2Analyzers.Runtime.Tests.Support;

namespace L2Analyzers.Runtime.Tests.Layers;

/// <summary>Every activation's, loss's and layer's gradient against central finite differences (double precision).</summary>
public class GradientCheckTests
{
    public static TheoryData<Activation> AllActivations() => new(Enum.GetValues<Activation>());

    public static TheoryData<Activation, LossKind> ActivationsAndLosses()
    {
        var data = new TheoryData<Activation, LossKind>();
        foreach (var activation in Enum.GetValues<Activation>())
        {
            data.Add(activation, LossKind.MeanSquaredError);
        }

        data.Add(Activation.Softmax, LossKind.CrossEntropy);
        data.Add(Activation.Sigmoid, LossKind.CrossEntropy);
        return data;
    }

    [Theory]
    [MemberData(nameof(AllActivations))]
    public void Activation_backpropagation_is_the_derivative(Activation activation)
    {
        const int batch = 3, width = 5;
        var z = TestData.Uniform<double>(batch * width, seed: 7, scale: 2);
        var weights = TestData.Uniform<double>(batch * width, seed: 8); // L = Σ c·f(z)
        double L()
        {
            var a = (double[])z.Clone();
            Activations.Apply<double>(activation, a, batch);
            return a.Zip(weights, (x, c) => x * c).Sum();
        }

        var output = (double[])z.Clone();
        Activations.Apply<double>(activation, output, batch);
        var gradient = (double[])weights.Clone();
        Activations.Backpropagate<double>(activation, output, gradient, batch);
        FiniteDifferences.AssertGradient(z, L, gradient, $"∂L/∂z ({activation})");
    }

    [Theory]
    [InlineData(LossKind.MeanSquaredError)]
    [InlineData(LossKind.CrossEntropy)]
    public void Loss_gradient_is_the_derivative_of_the_per_sample_loss(LossKind loss)
    {
        const int batch = 4;
        var outputs = TestData.Uniform<double>(batch * 3, seed: 9).Select(v => 0.5 + (0.4 * v)).ToArray(); // in (0.1, 0.9)
        var targets = new double[batch * 3];
        for (int b = 0; b < batch; b++)
        {
            targets[(b * 3) + (b % 3)] = 1;
        }

        var gradient = new double[outputs.Length];
        double mean = Losses.Evaluate<double>(loss, outputs, targets, gradient, batch);
        Assert.Equal(Losses.Value<double>(loss, outputs, targets, batch), mean, 14);
        // The per-sample gradients are those of the summed loss, i.e. batch × the mean.
        FiniteDifferences.AssertGradient(outputs, () => batch * Losses.Value<double>(loss, outputs, targets, batch), gradient, $"∂ℓ/∂a ({loss})");
    }

    [Theory]
    [MemberData(nameof(ActivationsAndLosses))]
    public void Network_gradients_are_the_derivatives_of_the_mean_loss(Activation outputActivation, LossKind loss)
    {
        const int batch = 3;
        var hidden = new DenseLayer<double>(4, 6, Activation.Tanh);
        var output = new DenseLayer<double>(6, 3, outputActivation);
        var network = new Sequential<double>(loss, hidden, output);
        network.Initialize(seed: 11);
        var input = TestData.Uniform<double>(batch * 4, seed: 12);
        var targets = new double[batch * 3];
        for (int b = 0; b < batch; b++)
        {
            targets[(b * 3) + ((b + 1) % 3)] = 1;
        }

        double Loss() => Losses.Value<double>(loss, network.Forward(input, batch), targets, batch);

        var gradient = new double[batch * 3];
        Losses.Evaluate<double>(loss, network.Forward(input, batch), targets, gradient, batch);
        network.Backward(input, gradient, batch);
        foreach (var (layer, name) in new[] { (hidden, "hidden"), (output, "output") })
        {
            var analytic = layer.Parameters.Select(p => p.Gradients.ToArray()).ToArray();
            for (int p = 0; p < layer.Parameters.Count; p++)
            {
                FiniteDifferences.AssertGradient(layer.Parameters[p].Values, Loss, analytic[p], $"{name}.{layer.Parameters[p].Name}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllActivations))]
    public void Layer_input_gradient_is_the_derivative(Activation activation)
    {
        const int batch = 2;
        var layer = new DenseLayer<double>(5, 4, activation);
        layer.Initialize(new Random(13));
        var input = TestData.Uniform<double>(batch * 5, seed: 14);
        var c = TestData.Uniform<double>(batch * 4, seed: 15); // L = Σ c·a
        double L()
        {
            var a = new double[batch * 4];
            layer.Forward(input, a, batch);
            return a.Zip(c, (x, y) => x * y).Sum();
        }

        var output = new double[batch * 4];
        layer.Forward(input, output, batch);
        var inputGradient = new double[input.Length];
        layer.Backward(input, output, (double[])c.Clone(), inputGradient, batch);
        FiniteDifferences.AssertGradient(input, L, inputGradient, $"∂L/∂x ({activation})");
    }
}
