namespace L2Analyzers.Runtime.Tests.Optimizers;

/// <summary>
/// Three steps on w = [1, −2] with gradients [0.5, 0.25], [−0.5, 1], [0, −0.3], against values worked out from the
/// algorithms in PyTorch's documentation (torch.optim.SGD, Adam, AdamW), independently of this library.
/// </summary>
public class PyTorchReferenceTests
{
    private static readonly double[][] Gradients = [[0.5, 0.25], [-0.5, 1.0], [0.0, -0.3]];

    [Fact]
    public void Momentum_with_GradientPenalty_equals_PyTorch_SGD_with_momentum_and_weight_decay()
    {
        // SGD(lr=0.1, momentum=0.9, weight_decay=0.1): g ← g + 0.1·w; b ← g (first step) else 0.9·b + g; w ← w − 0.1·b.
        // Step 1: g = [0.6, 0.05], b = g, w = [0.94, −2.005].
        // Step 2: g = [−0.406, 0.7995], b = [0.134, 0.8445], w = [0.9266, −2.08945].
        // Step 3: g = [0.09266, −0.508945], b = [0.21326, 0.251105], w = [0.905274, −2.1145605].
        double[][] expected = [[0.94, -2.005], [0.9266, -2.08945], [0.905274, -2.1145605]];
        AssertSteps(new MomentumOptimizer<double>(0.1, 0.9), L2Mode.GradientPenalty, 0.1, expected, 1e-14);
    }

    [Fact]
    public void Adam_with_ScaledWeightDecay_equals_PyTorch_AdamW()
    {
        // AdamW(lr=0.1, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.01): w ← w − 0.1·0.01·w, then the Adam step.
        // Step 1: w = [0.999, −1.998]; m̂ = g, v̂ = g², so w ← w − 0.1·g/(|g| + 1e-8) = [0.899000002, −2.097999996].
        double[][] expected =
        [
            [0.899000002, -2.097999996],
            [0.9033641597874735, -2.1843396438485123],
            [0.9065292318349094, -2.2299314132928827],
        ];
        AssertSteps(new AdamOptimizer<double>(0.1), L2Mode.ScaledWeightDecay, 0.01, expected, 1e-14);
    }

    [Fact]
    public void Adam_with_GradientPenalty_equals_PyTorch_Adam_with_weight_decay()
    {
        // Adam(lr=0.1, weight_decay=0.1): g ← g + 0.1·w enters both moments.
        // Step 1: g = [0.6, 0.05], so w ← w − 0.1·g/(|g| + 1e-8) = [0.9000000016666…, −2.09999998].
        double[][] expected =
        [
            [0.9000000016666666, -2.099999980000004],
            [0.8866836230649792, -2.178495511577223],
            [0.8687224552157871, -2.1942802806871566],
        ];
        AssertSteps(new AdamOptimizer<double>(0.1), L2Mode.GradientPenalty, 0.1, expected, 1e-14);
    }

    [Fact]
    public void Float_Adam_matches_the_reference_within_float_rounding()
    {
        var parameter = new Parameter<float>("Weights", ParameterRole.Weight, 1, 2);
        parameter.Values[0] = 1;
        parameter.Values[1] = -2;
        var optimizer = new AdamOptimizer<float>(0.1);
        foreach (var g in Gradients)
        {
            parameter.Gradients[0] = (float)g[0];
            parameter.Gradients[1] = (float)g[1];
            L2Update.RegularizedStep(optimizer, parameter, L2Mode.ScaledWeightDecay, 0.01f);
        }

        Assert.Equal(0.9065292318349094, parameter.Values[0], 5);
        Assert.Equal(-2.2299314132928827, parameter.Values[1], 5);
    }

    private static void AssertSteps(IOptimizer<double> optimizer, L2Mode mode, double lambda, double[][] expected, double tolerance)
    {
        var parameter = new Parameter<double>("Weights", ParameterRole.Weight, 1, 2);
        parameter.Values[0] = 1;
        parameter.Values[1] = -2;
        for (int step = 0; step < Gradients.Length; step++)
        {
            Gradients[step].CopyTo(parameter.Gradients, 0);
            L2Update.RegularizedStep(optimizer, parameter, mode, lambda);
            Support.TestData.AssertClose(expected[step], parameter.Values, tolerance);
        }
    }
}
